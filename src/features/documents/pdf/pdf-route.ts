import "server-only";
// The shape every PDF route handler shares, on top of defineRoute (session, roles, parameters, no-store): load within
// the user's scope, render, answer inline. Failures are plain text, since a browser tab opens these links directly.
import type { z } from "zod";
import type { RouteAccess } from "@/domain/access";
import type { DocumentSpec } from "@/domain/documents/spec";
import { safeFileName } from "@/domain/documents/format";
import type { SessionUser } from "@/server/auth/session-user";
import { defineRoute, type RouteMessages } from "@/server/routes/define-route";
import { renderPdf } from "./document-pdf";

/** The message of a dossier code in a PDF link that is not one (a control character, too long…). */
export const DOSSIER_CODE_PARAM = "Mã hồ sơ trong đường dẫn không hợp lệ.";

const PDF_MESSAGES = {
  unauthenticated: "Xin vui lòng đăng nhập.",
  forbidden: "Ông/bà không có quyền xem tài liệu này.",
  notFound: "Không tìm thấy tài liệu.",
};

/** `load` returns the document's spec, or null when it is missing or out of the user's scope (404). */
export function definePdfRoute<Params extends z.ZodType, Query extends z.ZodType>(definition: {
  access: Exclude<RouteAccess, "public">;
  params?: Params;
  query?: Query;
  messages?: RouteMessages;
  load: (context: {
    user: SessionUser;
    params: z.output<Params>;
    query: z.output<Query>;
  }) => Promise<DocumentSpec | null>;
}) {
  return defineRoute({
    access: definition.access,
    params: definition.params,
    query: definition.query,
    errorFormat: "text",
    messages: { ...PDF_MESSAGES, ...definition.messages },
    run: async (context) => {
      const spec = await definition.load(context);
      if (!spec) return null;
      const pdf = await renderPdf(spec);
      return new Response(new Uint8Array(pdf), {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": `inline; filename="${safeFileName(spec.fileName)}.pdf"`,
        },
      });
    },
  });
}
