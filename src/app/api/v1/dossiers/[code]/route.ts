// GET /api/v1/dossiers/<code> — one dossier in the client's scope (dossiers:read); 404 outside it.
import { ROUTE_ACCESS } from "@/domain/access";
import { defineApiRoute } from "@/server/api/define-api-route";
import { dossierByCode } from "@/server/api/routes";

export const GET = defineApiRoute({ access: ROUTE_ACCESS["/api/v1/dossiers/[code]"], ...dossierByCode });
