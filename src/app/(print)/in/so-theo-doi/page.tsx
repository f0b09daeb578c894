import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseBookPeriod, trackingBookSpec } from "@/domain/documents/forms/tracking-book";
import { PrintPage } from "@/features/documents/html/print-page";
import { documentLinks } from "@/domain/documents/links";
import { PRINT_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { loadTrackingBook } from "@/server/data/documents";

export const metadata: Metadata = { title: "Sổ theo dõi hồ sơ" };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function TrackingBookPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const user = await requireUser(PRINT_PAGES["/in/so-theo-doi"], "/in/so-theo-doi");
  const period = parseBookPeriod(single(query.tu), single(query.den), new Date());
  if ("error" in period) {
    return (
      <main id="main" className="mx-auto max-w-xl p-6">
        <h1 className="text-xl font-semibold text-brand-700">Sổ theo dõi hồ sơ</h1>
        <p role="alert" className="mt-3">
          {period.error}
        </p>
        <a href={documentLinks.trackingBook()} className="mt-4 inline-block underline">
          In sổ của tháng này
        </a>
      </main>
    );
  }
  // Null: the role has no book (trackingBookScope), e.g. a head without an office; answered like a missing page.
  const data = await loadTrackingBook(user, period, "print");
  if (!data) notFound();
  return <PrintPage spec={trackingBookSpec(data)} pdfHref={documentLinks.trackingBookPdf(period)} />;
}
