import { parseBookPeriod, trackingBookSpec } from "@/domain/documents/forms/tracking-book";
import { badRequest, pdfRoute } from "@/features/documents/pdf/pdf-route";
import { TRACKING_BOOK_ROLES, loadTrackingBook } from "@/server/data/documents";

export const runtime = "nodejs";

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  return pdfRoute(async (user) => {
    if (!TRACKING_BOOK_ROLES.includes(user.role)) return new Response("Chỉ cán bộ của đơn vị tiếp nhận mới xem được sổ theo dõi hồ sơ.", { status: 403 });
    const period = parseBookPeriod(query.get("tu") ?? undefined, query.get("den") ?? undefined, new Date());
    if ("error" in period) return badRequest(period.error);
    const data = await loadTrackingBook(user, period);
    return data && trackingBookSpec(data);
  });
}
