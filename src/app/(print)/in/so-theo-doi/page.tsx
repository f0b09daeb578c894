import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseBookPeriod, trackingBookSpec, trackingBookTitle } from "@/domain/documents/forms/tracking-book";
import { BookPeriodForm } from "@/features/documents/html/book-period-form";
import { PrintPage } from "@/features/documents/html/print-page";
import { documentLinks } from "@/domain/documents/links";
import { PRINT_PAGES, ROLE_HOME } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { loadTrackingBook } from "@/server/data/documents";

type Query = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// The tab's title is what browsers print in the page margin: the period in dd/MM/yyyy, as on the book.
export async function generateMetadata({ searchParams }: { searchParams: Query }): Promise<Metadata> {
  const query = await searchParams;
  const period = parseBookPeriod(single(query.tu), single(query.den), new Date());
  return { title: "error" in period ? "Sổ theo dõi hồ sơ" : trackingBookTitle(period) };
}

export default async function TrackingBookPage({ searchParams }: { searchParams: Query }) {
  const query = await searchParams;
  const user = await requireUser(PRINT_PAGES["/in/so-theo-doi"], "/in/so-theo-doi");
  const period = parseBookPeriod(single(query.tu), single(query.den), new Date());
  if ("error" in period) {
    return (
      <main id="main" className="mx-auto max-w-xl space-y-4 p-6">
        <h1 className="text-xl font-semibold text-brand-700">Sổ theo dõi hồ sơ</h1>
        <BookPeriodForm error={period.error} />
        <p className="flex gap-4">
          <a href={documentLinks.trackingBook()} className="underline">
            In sổ của tháng này
          </a>
          <a href={ROLE_HOME[user.role]} className="underline">
            Quay lại
          </a>
        </p>
      </main>
    );
  }
  // Null: the role has no book (trackingBookScope), e.g. a head without an office; answered like a missing page.
  const data = await loadTrackingBook(user, period, "print");
  if (!data) notFound();
  return (
    <PrintPage
      spec={trackingBookSpec(data)}
      pdfHref={documentLinks.trackingBookPdf(period)}
      backHref={ROLE_HOME[user.role]}
      printLabel="In sổ"
      tools={<BookPeriodForm from={period.from} to={period.to} />}
    />
  );
}
