import "server-only";
// The shape every PDF route handler shares: authenticate, load within the user's scope, render, answer inline.
import { checkUser, isDenied } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import type { DocumentSpec } from "@/domain/documents/spec";
import { safeFileName } from "@/domain/documents/format";
import { renderPdf } from "./document-pdf";

const text = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** `load` returns the spec, null when the document is missing or out of the user's scope, or a ready Response. */
export async function pdfRoute(load: (user: SessionUser) => Promise<DocumentSpec | Response | null>): Promise<Response> {
  const user = await checkUser();
  if (isDenied(user)) return user.reason === "unauthenticated" ? text(401, "Xin vui lòng đăng nhập.") : text(403, "Ông/bà không có quyền xem tài liệu này.");
  const spec = await load(user);
  if (spec instanceof Response) return spec;
  if (!spec) return text(404, "Không tìm thấy tài liệu.");
  const pdf = await renderPdf(spec);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${safeFileName(spec.fileName)}.pdf"`,
      // Personal data: never cached by shared caches or kept by the browser after the session.
      "Cache-Control": "private, no-store",
    },
  });
}

export const badRequest = (message: string) => text(400, message);
