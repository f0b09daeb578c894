// GET /api/quan-tri/thu-tuc/xuat?dinh-dang=xlsx|json: the whole catalogue (every procedure with its latest version,
// documents and per-unit offices) as the workbook or the JSON the import reads back (docs/catalogue.md). Staff only;
// no personal data.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { localDateKey } from "@/lib/dates";
import { buildCatalogueWorkbook, catalogueJson, loadCatalogueEntries, XLSX_TYPE } from "@/server/catalogue";
import { defineRoute } from "@/server/routes/define-route";

export const runtime = "nodejs";

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/quan-tri/thu-tuc/xuat"],
  query: z.object({
    "dinh-dang": z.enum(["xlsx", "json"], { error: "Định dạng phải là xlsx hoặc json." }).default("xlsx"),
  }),
  messages: { unauthenticated: "Xin vui lòng đăng nhập để tải danh mục thủ tục." },
  run: async ({ query }) => {
    const now = new Date();
    const entries = await loadCatalogueEntries();
    const name = `danh-muc-thu-tuc-${localDateKey(now)}`;
    if (query["dinh-dang"] === "json")
      return new Response(JSON.stringify(catalogueJson(entries, now), null, 2), {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": `attachment; filename="${name}.json"`,
        },
      });
    const body = await buildCatalogueWorkbook(entries, now);
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="${name}.xlsx"` },
    });
  },
});
