// GET /api/v1/dossiers — a page of the dossiers in the client's scope, filtered (dossiers:read).
import { ROUTE_ACCESS } from "@/domain/access";
import { dossierListQuery, dossierPage } from "@/domain/api";
import { defineApiRoute } from "@/server/api/define-api-route";
import { listApiDossiers } from "@/server/api/dossiers";

export const GET = defineApiRoute({
  access: ROUTE_ACCESS["/api/v1/dossiers"],
  permission: "dossiers:read",
  query: dossierListQuery,
  response: dossierPage,
  run: ({ client, query }) => listApiDossiers(client, query),
});
