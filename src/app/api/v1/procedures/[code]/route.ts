// GET /api/v1/procedures/<code> — one procedure of the public catalogue: its version in force and every version.
import { ROUTE_ACCESS } from "@/domain/access";
import { procedureCodeParams, procedureDetail } from "@/domain/api";
import { getApiProcedure } from "@/server/api/catalogue";
import { defineApiRoute } from "@/server/api/define-api-route";

export const GET = defineApiRoute({
  access: ROUTE_ACCESS["/api/v1/procedures/[code]"],
  permission: null,
  params: procedureCodeParams,
  response: procedureDetail,
  cacheControl: "public, max-age=60",
  run: ({ params }) => getApiProcedure(params.code),
});
