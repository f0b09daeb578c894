// GET /api/v1/dossiers/<code> — one dossier in the client's scope (dossiers:read); 404 outside it.
import { ROUTE_ACCESS } from "@/domain/access";
import { dossierCodeParams, dossierView } from "@/domain/api";
import { defineApiRoute } from "@/server/api/define-api-route";
import { getApiDossier } from "@/server/api/dossiers";

export const GET = defineApiRoute({
  access: ROUTE_ACCESS["/api/v1/dossiers/[code]"],
  permission: "dossiers:read",
  params: dossierCodeParams,
  response: dossierView,
  run: ({ client, params }) => getApiDossier(client, params.code),
});
