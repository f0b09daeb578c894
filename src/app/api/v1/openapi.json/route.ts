// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the routes' zod schemas. Public.
import { ROUTE_ACCESS } from "@/domain/access";
import { defineApiRoute } from "@/server/api/define-api-route";
import { openApiDocument } from "@/server/api/routes";

export const GET = defineApiRoute({ access: ROUTE_ACCESS["/api/v1/openapi.json"], ...openApiDocument });
