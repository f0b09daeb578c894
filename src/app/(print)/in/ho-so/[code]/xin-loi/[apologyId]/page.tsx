import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { apologyLetterSpec } from "@/domain/documents/forms/apology-letter";
import { PrintPage } from "@/features/documents/html/print-page";
import { documentLinks } from "@/domain/documents/links";
import { PRINT_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { loadApologyLetter } from "@/server/data/documents";

export const metadata: Metadata = { title: "Phiếu xin lỗi và hẹn lại ngày trả kết quả" };

export default async function ApologyLetterPage({ params }: { params: Promise<{ code: string; apologyId: string }> }) {
  const { code, apologyId } = await params;
  const user = await requireUser(
    PRINT_PAGES["/in/ho-so/[code]/xin-loi/[apologyId]"],
    documentLinks.apology(code, apologyId),
  );
  const data = await loadApologyLetter(user, code, apologyId, "print");
  if (!data) notFound();
  return (
    <PrintPage
      spec={apologyLetterSpec(data)}
      pdfHref={documentLinks.apologyPdf(code, apologyId)}
      backHref={`/ho-so/${encodeURIComponent(code)}`}
    />
  );
}
