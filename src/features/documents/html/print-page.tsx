// The frame of every printable page: the @page rule for the spec's paper, a paper-sized sheet on screen, and a
// toolbar (print, PDF download) that disappears when printing.
import { headers } from "next/headers";
import { pageMarginMm } from "@/domain/documents/format";
import type { DocumentSpec } from "@/domain/documents/spec";
import { DocumentHtml } from "./document-html";
import { PageStyle } from "./page-style";
import { PrintButton } from "./print-button";
import { NONCE_HEADER } from "@/server/content-security-policy";

const PAPER_MM = { A5: [148, 210], A4: [210, 297] } as const;

export async function PrintPage({
  spec,
  pdfHref,
  backHref,
  printLabel,
  tools,
}: {
  spec: DocumentSpec;
  pdfHref: string;
  backHref?: string;
  /** The print button's text ("In sổ"); "In" by default. */
  printLabel?: string;
  /** Controls shown above the paper and never printed (the tracking book's period form). */
  tools?: React.ReactNode;
}) {
  // The page's own <style> carries the request's CSP nonce (src/proxy.ts), like Next.js's scripts.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  const { size, orientation } = spec.format;
  const [short, long] = PAPER_MM[size];
  const width = orientation === "portrait" ? short : long;
  const [marginY, marginX] = pageMarginMm(spec.format);
  // Page size is only settable from CSS; the values come from our own PAGE_FORMATS, never from input.
  const css = `
@page { size: ${size} ${orientation}; margin: ${marginY}mm ${marginX}mm; }
.document-paper { width: ${width}mm; padding: ${marginY}mm ${marginX}mm; }
.document-sheet + .document-sheet { break-before: page; margin-top: ${2 * marginY}mm; }
@media print {
  html, body { background: #fff !important; }
  .document-paper { width: auto; padding: 0; margin: 0; box-shadow: none; }
  .document-sheet + .document-sheet { margin-top: 0; }
}`;
  return (
    <>
      <style nonce={nonce}>{css}</style>
      <PageStyle css={css} />
      <div className="no-print sticky top-0 z-10 border-b border-gray-300 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-2 font-sans text-sm">
          <p className="font-semibold text-ink">{spec.title}</p>
          <div className="flex items-center gap-2">
            {backHref ? (
              <a href={backHref} className="rounded-md border border-gray-400 px-4 py-2 hover:bg-gray-100">
                Quay lại
              </a>
            ) : null}
            <PrintButton label={printLabel} />
            <a
              href={pdfHref}
              className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
            >
              Tải PDF
            </a>
          </div>
        </div>
        {tools ? <div className="mx-auto max-w-4xl px-4 pb-3 font-sans text-sm">{tools}</div> : null}
      </div>
      <main id="main" className="py-6 print:py-0">
        <div className="document-paper mx-auto bg-white shadow-[0_0_0_1px_#d1d5db,0_4px_16px_rgba(0,0,0,0.08)]">
          <DocumentHtml spec={spec} />
        </div>
      </main>
    </>
  );
}
