// GET /api/v1/procedures — the public catalogue: active procedures with the version in force today.
import { ROUTE_ACCESS } from "@/domain/access";
import { defineApiRoute } from "@/server/api/define-api-route";
import { procedureList } from "@/server/api/routes";

export const GET = defineApiRoute({ access: ROUTE_ACCESS["/api/v1/procedures"], ...procedureList });
