import "server-only";
// The desk's JSON endpoints (route handlers under /api/thu-tuc) share this: the receptionist check, no caching, and
// expected errors as a Vietnamese message with status 422; anything else is logged behind a generic message.
import { NextResponse } from "next/server";
import { checkUser, isDenied } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { UserFacingError } from "@/server/user-facing-error";

const NO_STORE = { "Cache-Control": "private, no-store" };

const DENIED = {
  unauthenticated: { status: 401, message: "Phiên đăng nhập đã hết hạn. Xin vui lòng đăng nhập lại." },
  forbidden: { status: 403, message: "Tài khoản của bạn không có quyền tiếp nhận hồ sơ." },
} as const;

export async function receptionistJson<T>(handler: (user: SessionUser) => Promise<T>): Promise<NextResponse> {
  const user = await checkUser(["RECEPTIONIST"]);
  if (isDenied(user)) {
    const denied = DENIED[user.reason];
    return NextResponse.json({ message: denied.message }, { status: denied.status, headers: NO_STORE });
  }
  try {
    return NextResponse.json(await handler(user), { headers: NO_STORE });
  } catch (error) {
    if (error instanceof UserFacingError) {
      return NextResponse.json({ message: error.message, fieldErrors: error.fieldErrors }, { status: 422, headers: NO_STORE });
    }
    console.error("[reception api] unexpected error", error);
    return NextResponse.json({ message: "Đã có lỗi ngoài dự kiến. Xin vui lòng thử lại sau ít phút." }, { status: 500, headers: NO_STORE });
  }
}

/** Procedure ids are cuids; anything else is answered without touching the database. */
export const isProcedureId = (value: string) => /^[a-z0-9]{20,32}$/.test(value);
