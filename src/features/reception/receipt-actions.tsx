"use client";
// The success view's actions: print the receipt (form 01), optionally open the print dialog at once (a preference
// kept in this browser), go on to the next dossier with the N key.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

const AUTO_PRINT_KEY = "motcua.reception.autoPrint";
const NEXT_HREF = "/tiep-nhan/moi";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}
const readAutoPrint = () => window.localStorage.getItem(AUTO_PRINT_KEY) === "1";

/** Opens the printable receipt in a new window and its print dialog once loaded (same origin). */
function printInNewWindow(href: string): boolean {
  const printed = window.open(href, "_blank");
  if (!printed) return false;
  printed.addEventListener("load", () => printed.print(), { once: true });
  return true;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function ReceiptActions({
  code,
  receiptHref,
  dossierHref,
}: {
  code: string;
  receiptHref: string;
  dossierHref: string;
}) {
  const t = useTranslations("reception.success");
  const router = useRouter();
  const [blocked, setBlocked] = useState(false);
  const autoPrint = useSyncExternalStore(subscribe, readAutoPrint, () => false);
  const autoTried = useRef(false);
  const printLink = useRef<HTMLAnchorElement>(null);

  // The print link takes the focus (after a client-side redirect the autofocus attribute alone does nothing).
  useEffect(() => printLink.current?.focus(), []);

  useEffect(() => {
    if (!autoPrint || autoTried.current) return;
    autoTried.current = true;
    if (!printInNewWindow(receiptHref)) queueMicrotask(() => setBlocked(true));
  }, [autoPrint, receiptHref]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === "n" || event.key === "N") {
        event.preventDefault();
        router.push(NEXT_HREF);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);

  return (
    <div className="no-print space-y-4">
      <div className="flex flex-wrap gap-3">
        <a
          ref={printLink}
          href={receiptHref}
          className="rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-600"
          data-testid="print-receipt"
        >
          {t("printReceipt")}
        </a>
        <button
          type="button"
          onClick={() => setBlocked(!printInNewWindow(receiptHref))}
          className="rounded-md border-2 border-brand-700 bg-white px-4 py-3 font-semibold text-brand-700 hover:bg-brand-50"
        >
          {t("printNow")}
        </button>
        <Link
          href={NEXT_HREF}
          aria-keyshortcuts="N"
          className="rounded-md border-2 border-gray-600 bg-white px-4 py-3 font-semibold hover:bg-gray-100"
        >
          {t("next")}{" "}
          <kbd className="ml-1 rounded border border-gray-400 bg-gray-100 px-1.5 text-sm font-normal">
            {t("nextShortcut")}
          </kbd>
        </Link>
        <Link href={dossierHref} className="self-center text-blue-800 underline">
          {t("openDossier", { code })}
        </Link>
      </div>
      <label className="inline-flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={autoPrint}
          onChange={(event) => {
            window.localStorage.setItem(AUTO_PRINT_KEY, event.target.checked ? "1" : "0");
            // The storage event fires only in other tabs: tell this one too.
            window.dispatchEvent(new StorageEvent("storage", { key: AUTO_PRINT_KEY }));
          }}
          className="size-4"
        />
        {t("autoPrint")}
      </label>
      <div aria-live="polite">
        {blocked ? <p className="text-sm font-semibold text-red-800">{t("popupBlocked")}</p> : null}
      </div>
    </div>
  );
}
