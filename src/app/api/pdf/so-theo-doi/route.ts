// GET /api/pdf/so-theo-doi?tu=yyyy-MM-dd&den=yyyy-MM-dd — the desk's tracking book (sổ theo dõi hồ sơ) as PDF.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { parseBookPeriod, trackingBookSpec } from "@/domain/documents/forms/tracking-book";
import { definePdfRoute } from "@/features/documents/pdf/pdf-route";
import { loadTrackingBook } from "@/server/data/documents";

export const runtime = "nodejs";

const bookPeriod = z.object({ tu: z.string().optional(), den: z.string().optional() }).transform((query, ctx) => {
  const period = parseBookPeriod(query.tu, query.den, new Date());
  if ("error" in period) {
    ctx.addIssue({ code: "custom", message: period.error });
    return z.NEVER;
  }
  return period;
});

export const GET = definePdfRoute({
  access: ROUTE_ACCESS["/api/pdf/so-theo-doi"],
  query: bookPeriod,
  messages: { forbidden: "Chỉ cán bộ của đơn vị tiếp nhận mới xem được sổ theo dõi hồ sơ." },
  load: async ({ user, query }) => {
    const data = await loadTrackingBook(user, query, "pdf");
    return data && trackingBookSpec(data);
  },
});
