// /in/chi-so-cchc/[evaluationId]: the PAR Index ranking as a printable A4 table in the administrative layout (issue 14
// item 4). Leadership and home affairs of the owner unit or above; anything else answers "not found".
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PRINT_PAGES } from "@/domain/access";
import { PrintPage } from "@/features/documents/html/print-page";
import { parRankingSpec } from "@/features/par-results/print-spec";
import { parViewerOf } from "@/features/par-results/viewer";
import { requireUser } from "@/server/auth/guard";
import { loadParRanking } from "@/server/data/par-results";

const PATH = "/in/chi-so-cchc/[evaluationId]";

export const metadata: Metadata = { title: "Bảng xếp hạng Chỉ số cải cách hành chính" };

export default async function ParRankingPrintPage({ params }: { params: Promise<{ evaluationId: string }> }) {
  const { evaluationId } = await params;
  const user = await requireUser(PRINT_PAGES[PATH], `/in/chi-so-cchc/${encodeURIComponent(evaluationId)}`);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(evaluationId)) notFound();
  const ranking = await loadParRanking(evaluationId, await parViewerOf(user));
  if (!ranking) notFound();
  return (
    <PrintPage
      spec={parRankingSpec(ranking, new Date())}
      pdfHref={`/api/pdf/chi-so-cchc/${encodeURIComponent(evaluationId)}`}
      backHref={`/bao-cao/chi-so-cchc?dot=${encodeURIComponent(evaluationId)}`}
      printLabel="In bảng xếp hạng"
    />
  );
}
