// GET /api/v1/reference — the interactive reference page (Swagger UI from our own node_modules). Public.
import { ROUTE_ACCESS } from "@/domain/access";
import { defineApiRoute } from "@/server/api/define-api-route";
import { referencePage } from "@/server/api/reference";

export const GET = defineApiRoute({
  access: ROUTE_ACCESS["/api/v1/reference"],
  permission: null,
  run: async () => referencePage(),
});
