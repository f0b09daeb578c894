// GET /api/v1/dossiers/<code>/history — a dossier's processing steps in order (dossiers:read); 404 outside the scope.
import { ROUTE_ACCESS } from "@/domain/access";
import { dossierCodeParams, dossierHistory } from "@/domain/api";
import { defineApiRoute } from "@/server/api/define-api-route";
import { getApiDossierHistory } from "@/server/api/dossiers";

export const GET = defineApiRoute({
  access: ROUTE_ACCESS["/api/v1/dossiers/[code]/history"],
  permission: "dossiers:read",
  params: dossierCodeParams,
  response: dossierHistory,
  run: ({ client, params }) => getApiDossierHistory(client, params.code),
});
