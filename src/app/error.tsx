"use client";
// Error boundary for every page below the root layout: an apology, a retry, never the error's own message.
import { useEffect } from "react";
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("error");
  useEffect(() => {
    // The server has logged the details under this digest; the browser console gets only the reference.
    if (error.digest) console.error(`MotCua error ${error.digest}`);
  }, [error.digest]);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center" data-testid="error-boundary">
      <h1 className="text-2xl font-semibold text-brand-700">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("body")}</p>
      {error.digest ? <p className="mt-2 text-sm text-muted">{t("reference", { digest: error.digest })}</p> : null}
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600"
      >
        {t("retry")}
      </button>
    </main>
  );
}
