// GET /api/v1/procedures — the public catalogue: active procedures with the version in force today.
import { ROUTE_ACCESS } from "@/domain/access";
import { procedureListQuery, procedurePage } from "@/domain/api";
import { listApiProcedures } from "@/server/api/catalogue";
import { defineApiRoute } from "@/server/api/define-api-route";

export const GET = defineApiRoute({
  access: ROUTE_ACCESS["/api/v1/procedures"],
  permission: null,
  query: procedureListQuery,
  response: procedurePage,
  cacheControl: "public, max-age=60",
  run: ({ query }) => listApiProcedures(query),
});
