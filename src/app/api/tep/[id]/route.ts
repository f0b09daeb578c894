// GET /api/tep/<id>?t=<token>[&tai=1]: a dossier file through its signed, short-lived link (src/server/files).
// PDFs and images open in the browser; `tai=1` downloads. The kind was verified from the content at upload, and
// `nosniff` keeps the browser to it.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { opensInline } from "@/domain/files";
import { idText } from "@/lib/text-input";
import { openDossierFile } from "@/server/data/files";
import { storedFileResponse } from "@/server/files";
import { defineRoute, NO_STORE } from "@/server/routes/define-route";

export const runtime = "nodejs";

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/tep/[id]"],
  errorFormat: "text",
  params: z.object({ id: idText("Mã tệp không hợp lệ.") }),
  query: z.object({
    t: z.string().min(1).max(2048),
    tai: z.literal("1").optional(),
  }),
  messages: { notFound: "Không tìm thấy tệp, hoặc đường dẫn không dành cho ông/bà." },
  run: async ({ params, query }) => {
    const opened = await openDossierFile(params.id, query.t);
    if (!opened) return null;
    if ("refused" in opened)
      return new Response("Xin vui lòng đăng nhập để mở tệp này.", {
        status: 401,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NO_STORE },
      });
    const { file, body } = opened;
    const inline = !query.tai && opensInline(file.mediaType);
    return storedFileResponse(file, body, inline);
  },
});
