// GET /api/thu-tuc/tim?q=ket+hon — the desk's procedure search (receptionists only), as JSON.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { DESK_ROUTE_MESSAGES } from "@/features/reception/api";
import { safeString } from "@/lib/text-input";
import { searchDeskProcedures } from "@/server/data/reception";
import { defineRoute } from "@/server/routes/define-route";

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/thu-tuc/tim"],
  // Long input is cut, not refused: the search box sends whatever was typed.
  query: z.object({
    q: safeString("Từ khóa tìm kiếm không hợp lệ.")
      .optional()
      .transform((q) => (q ?? "").slice(0, 100)),
  }),
  messages: DESK_ROUTE_MESSAGES,
  run: async ({ user, query }) => ({ results: await searchDeskProcedures(user, query.q) }),
});
