import "server-only";
// What the desk's JSON endpoints (route handlers under /api/thu-tuc) share on top of defineRoute: their wording for
// a lost session or another role, and the procedure id in the path.
import { z } from "zod";
import type { RouteMessages } from "@/server/routes/define-route";

export const DESK_ROUTE_MESSAGES: RouteMessages = {
  unauthenticated: "Phiên đăng nhập đã hết hạn. Xin vui lòng đăng nhập lại.",
  forbidden: "Tài khoản của bạn không có quyền tiếp nhận hồ sơ.",
};

/** Procedure ids are cuids; anything else is answered without touching the database. */
export const procedureIdParams = z.object({ id: z.string().regex(/^[a-z0-9]{20,32}$/, "Không tìm thấy thủ tục.") });
