// GET /api/v1/dossiers — a filtered page of the dossiers in the client's scope (dossiers:read).
import { ROUTE_ACCESS } from "@/domain/access";
import { defineApiRoute } from "@/server/api/define-api-route";
import { dossierList } from "@/server/api/routes";

export const GET = defineApiRoute({ access: ROUTE_ACCESS["/api/v1/dossiers"], ...dossierList });
