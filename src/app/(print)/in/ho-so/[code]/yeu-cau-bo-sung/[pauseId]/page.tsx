import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { supplementRequestSpec } from "@/domain/documents/forms/supplement-request";
import { PrintPage } from "@/features/documents/html/print-page";
import { documentLinks } from "@/domain/documents/links";
import { PRINT_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { loadPauseSupplementRequest } from "@/server/data/documents";

export const metadata: Metadata = { title: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" };

export default async function PauseSupplementPage({ params }: { params: Promise<{ code: string; pauseId: string }> }) {
  const { code, pauseId } = await params;
  const user = await requireUser(
    PRINT_PAGES["/in/ho-so/[code]/yeu-cau-bo-sung/[pauseId]"],
    documentLinks.pauseSupplement(code, pauseId),
  );
  const data = await loadPauseSupplementRequest(user, code, pauseId, "print");
  if (!data) notFound();
  return <PrintPage spec={supplementRequestSpec(data)} pdfHref={documentLinks.pauseSupplementPdf(code, pauseId)} />;
}
