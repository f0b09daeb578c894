import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { receiptSpec } from "@/domain/documents/forms/receipt";
import { PrintPage } from "@/features/documents/html/print-page";
import { documentLinks } from "@/domain/documents/links";
import { PRINT_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { loadReceipt } from "@/server/data/documents";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" };

export default async function ReceiptPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(PRINT_PAGES["/in/ho-so/[code]/phieu-tiep-nhan"], documentLinks.receipt(code));
  const data = await loadReceipt(user, code, "print");
  if (!data) notFound();
  return <PrintPage spec={await receiptSpec(data, env.APP_URL)} pdfHref={documentLinks.receiptPdf(code)} />;
}
