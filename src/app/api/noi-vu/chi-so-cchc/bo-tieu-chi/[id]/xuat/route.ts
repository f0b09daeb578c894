// GET /api/noi-vu/chi-so-cchc/bo-tieu-chi/[id]/xuat: a PAR Index criteria set as the .xlsx the import reads back
// (docs/par-index.md "Import and export"). Home affairs of the owner unit, or ADMIN; another owner's set is 404.
// Audited as a read (par_criteria.export); no personal data.
import { z } from "zod";
import { ROUTE_ACCESS } from "@/domain/access";
import { localDateKey } from "@/lib/dates";
import { recordAudit } from "@/server/data/audit";
import { loadCriteriaNodes, loadCriteriaSetPage } from "@/server/data/par-criteria";
import { buildCriteriaWorkbook, XLSX_TYPE } from "@/server/par-index/criteria-sheet-file";
import { defineRoute } from "@/server/routes/define-route";

export const runtime = "nodejs";

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/noi-vu/chi-so-cchc/bo-tieu-chi/[id]/xuat"],
  params: z.object({ id: z.string().min(1).max(64) }),
  messages: { unauthenticated: "Xin vui lòng đăng nhập để tải bộ tiêu chí." },
  run: async ({ user, params }) => {
    const page = await loadCriteriaSetPage(user, params.id);
    if (!page) return null;
    const now = new Date();
    const body = await buildCriteriaWorkbook(page.set, await loadCriteriaNodes(page.set.id), now);
    await recordAudit({
      actorId: user.id,
      action: "par_criteria.export",
      entity: "ParCriteriaSet",
      entityId: page.set.id,
      detail: { year: page.set.year, level: page.set.level, nodes: page.rows.length },
    });
    const name = `bo-tieu-chi-cchc-${page.set.year}-${page.set.level.toLowerCase()}-${localDateKey(now)}`;
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="${name}.xlsx"` },
    });
  },
});
