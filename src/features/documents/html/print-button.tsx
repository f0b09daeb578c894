"use client";

/** Opens the browser's print dialog; the page's @page rule already sets the paper size. */
export function PrintButton({ label = "In" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600"
    >
      {label}
    </button>
  );
}
