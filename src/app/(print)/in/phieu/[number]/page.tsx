import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { intakeNoticeSpec } from "@/domain/documents/forms/intake-notice";
import { PrintPage } from "@/features/documents/html/print-page";
import { documentLinks } from "@/domain/documents/links";
import { PRINT_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { loadIntakeNotice } from "@/server/data/documents";

export const metadata: Metadata = { title: "Phiếu hướng dẫn, từ chối tiếp nhận hồ sơ" };

/** Form 02 or 03 issued at the desk, as registered under its number. */
export default async function IntakeNoticePage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const user = await requireUser(PRINT_PAGES["/in/phieu/[number]"], documentLinks.intakeNotice(number));
  const notice = await loadIntakeNotice(user, number, "print");
  if (!notice) notFound();
  return <PrintPage spec={intakeNoticeSpec(notice)} pdfHref={documentLinks.intakeNoticePdf(number)} />;
}
