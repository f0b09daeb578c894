// GET /api/v1/dossiers/<code>/history — a dossier's steps in order (dossiers:read); 404 outside the scope.
import { ROUTE_ACCESS } from "@/domain/access";
import { defineApiRoute } from "@/server/api/define-api-route";
import { dossierHistoryByCode } from "@/server/api/routes";

export const GET = defineApiRoute({ access: ROUTE_ACCESS["/api/v1/dossiers/[code]/history"], ...dossierHistoryByCode });
