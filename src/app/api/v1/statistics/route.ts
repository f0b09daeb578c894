// GET /api/v1/statistics — figures per unit for a year and quarter (statistics:read), the leadership table's query.
import { ROUTE_ACCESS } from "@/domain/access";
import { statisticsQuery, statisticsView } from "@/domain/api";
import { defineApiRoute } from "@/server/api/define-api-route";
import { getApiStatistics } from "@/server/api/statistics";

export const GET = defineApiRoute({
  access: ROUTE_ACCESS["/api/v1/statistics"],
  permission: "statistics:read",
  query: statisticsQuery,
  response: statisticsView,
  run: ({ client, query }) => getApiStatistics(client, query),
});
