// GET /api/v1/procedures/<code> — one procedure of the public catalogue, its version in force and every version.
import { ROUTE_ACCESS } from "@/domain/access";
import { defineApiRoute } from "@/server/api/define-api-route";
import { procedureByCode } from "@/server/api/routes";

export const GET = defineApiRoute({ access: ROUTE_ACCESS["/api/v1/procedures/[code]"], ...procedureByCode });
