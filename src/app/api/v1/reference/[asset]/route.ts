// GET /api/v1/reference/<asset> — the reference page's stylesheet and scripts (src/server/api/reference.ts). Public.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { defineApiRoute } from "@/server/api/define-api-route";
import { REFERENCE_ASSETS, referenceAsset, type ReferenceAsset } from "@/server/api/reference";

export const GET = defineApiRoute({
  access: ROUTE_ACCESS["/api/v1/reference/[asset]"],
  permission: null,
  params: z.strictObject({ asset: z.string().max(64) }),
  run: async ({ params }) =>
    (REFERENCE_ASSETS as string[]).includes(params.asset) ? referenceAsset(params.asset as ReferenceAsset) : null,
});
