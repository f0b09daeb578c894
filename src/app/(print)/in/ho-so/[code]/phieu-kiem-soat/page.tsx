import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { controlSlipSpec } from "@/domain/documents/forms/control-slip";
import { PrintPage } from "@/features/documents/html/print-page";
import { documentLinks } from "@/domain/documents/links";
import { PRINT_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { loadControlSlip } from "@/server/data/documents";

export const metadata: Metadata = { title: "Phiếu kiểm soát quá trình giải quyết hồ sơ" };

export default async function ControlSlipPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireUser(PRINT_PAGES["/in/ho-so/[code]/phieu-kiem-soat"], documentLinks.controlSlip(code));
  const data = await loadControlSlip(user, code, "print");
  if (!data) notFound();
  return <PrintPage spec={controlSlipSpec(data)} pdfHref={documentLinks.controlSlipPdf(code)} />;
}
