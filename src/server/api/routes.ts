import "server-only";
// What each /api/v1 route does, by route: its permission, the schemas of its parameters and answer, and the function
// that answers. src/app/api/v1/**/route.ts wraps each with defineApiRoute and its ROUTE_ACCESS entry; the API
// benchmark (src/tooling/bench/api.ts) wraps the same definitions the same way, so it times the real path.
import {
  dossierCodeParams,
  dossierHistory,
  dossierListQuery,
  dossierPage,
  dossierView,
  procedureCodeParams,
  procedureDetail,
  procedureListQuery,
  procedurePage,
  statisticsQuery,
  statisticsView,
} from "@/domain/api";
import { createApiDocument } from "@/domain/api/openapi";
import { getApiProcedure, listApiProcedures } from "./catalogue";
import type { ApiRouteDefinition, Empty } from "./define-api-route";
import { getApiDossier, getApiDossierHistory, listApiDossiers } from "./dossiers";
import { getApiStatistics } from "./statistics";

/** A route's definition without its ROUTE_ACCESS entry (the route file adds it). */
type Definition<D> = Omit<D, "access">;

const document = createApiDocument();

export const openApiDocument = {
  permission: null,
  cacheControl: "public, max-age=300",
  run: async () => document,
} satisfies Definition<ApiRouteDefinition<null, Empty, Empty, unknown>>;

export const procedureList = {
  permission: null,
  query: procedureListQuery,
  response: procedurePage,
  cacheControl: "public, max-age=60",
  run: ({ query }) => listApiProcedures(query),
} satisfies Definition<ApiRouteDefinition<null, Empty, typeof procedureListQuery, unknown>>;

export const procedureByCode = {
  permission: null,
  params: procedureCodeParams,
  response: procedureDetail,
  cacheControl: "public, max-age=60",
  run: ({ params }) => getApiProcedure(params.code),
} satisfies Definition<ApiRouteDefinition<null, typeof procedureCodeParams, Empty, unknown>>;

export const dossierList = {
  permission: "dossiers:read",
  query: dossierListQuery,
  response: dossierPage,
  run: ({ client, query }) => listApiDossiers(client, query),
} satisfies Definition<ApiRouteDefinition<"dossiers:read", Empty, typeof dossierListQuery, unknown>>;

export const dossierByCode = {
  permission: "dossiers:read",
  params: dossierCodeParams,
  response: dossierView,
  run: ({ client, params }) => getApiDossier(client, params.code),
} satisfies Definition<ApiRouteDefinition<"dossiers:read", typeof dossierCodeParams, Empty, unknown>>;

export const dossierHistoryByCode = {
  permission: "dossiers:read",
  params: dossierCodeParams,
  response: dossierHistory,
  run: ({ client, params }) => getApiDossierHistory(client, params.code),
} satisfies Definition<ApiRouteDefinition<"dossiers:read", typeof dossierCodeParams, Empty, unknown>>;

export const statistics = {
  permission: "statistics:read",
  query: statisticsQuery,
  response: statisticsView,
  run: ({ client, query }) => getApiStatistics(client, query),
} satisfies Definition<ApiRouteDefinition<"statistics:read", Empty, typeof statisticsQuery, unknown>>;
