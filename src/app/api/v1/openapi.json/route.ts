// GET /api/v1/openapi.json — the OpenAPI 3.1 document of the REST API, generated from the zod schemas the routes
// parse with (src/domain/api/openapi.ts). Public.
import { ROUTE_ACCESS } from "@/domain/access";
import { createApiDocument } from "@/domain/api/openapi";
import { defineApiRoute } from "@/server/api/define-api-route";

const document = createApiDocument();

export const GET = defineApiRoute({
  access: ROUTE_ACCESS["/api/v1/openapi.json"],
  permission: null,
  cacheControl: "public, max-age=300",
  run: async () => document,
});
