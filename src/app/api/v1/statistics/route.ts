// GET /api/v1/statistics — figures per unit for a year and quarter (statistics:read), the leadership table's query.
import { ROUTE_ACCESS } from "@/domain/access";
import { defineApiRoute } from "@/server/api/define-api-route";
import { statistics } from "@/server/api/routes";

export const GET = defineApiRoute({ access: ROUTE_ACCESS["/api/v1/statistics"], ...statistics });
