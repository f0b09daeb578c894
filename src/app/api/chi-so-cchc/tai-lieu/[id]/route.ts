// GET /api/chi-so-cchc/tai-lieu/<id>: a PAR Index evidence file, for home affairs of the set's owner or the unit's
// leader or delegate (src/server/par-index/evidence.ts; each opening audited). PDFs and images open in the browser,
// Word and Excel files download; `nosniff` keeps the browser to the kind detected at upload.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { opensInline } from "@/domain/files";
import { idText } from "@/lib/text-input";
import { storedFileResponse } from "@/server/files";
import { openParEvidence } from "@/server/par-index/evidence";
import { defineRoute } from "@/server/routes/define-route";

export const runtime = "nodejs";

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/chi-so-cchc/tai-lieu/[id]"],
  errorFormat: "text",
  params: z.object({ id: idText("Mã tệp không hợp lệ.") }),
  messages: { notFound: "Không tìm thấy tệp, hoặc tài khoản của bạn không có quyền mở tệp này." },
  run: async ({ params, user }) => {
    const opened = await openParEvidence(user, params.id);
    if (!opened) return null;
    const { file, body } = opened;
    return storedFileResponse(file, body, opensInline(file.mediaType));
  },
});
