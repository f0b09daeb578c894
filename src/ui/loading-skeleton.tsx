import { useTranslations } from "next-intl";

/**
 * Placeholder while a staff page's figures load, with a spoken status. Pages render it as the Suspense fallback
 * *after* their access check: a route-level loading.tsx would start streaming before requireUser() could answer
 * 403 (forbidden() after streaming starts keeps status 200).
 */
export function LoadingSkeleton() {
  const t = useTranslations("loading");
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">{t("text")}</span>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((key) => (
          <div key={key} className="h-24 rounded-lg bg-gray-200" />
        ))}
      </div>
      <div className="mt-8 h-64 rounded-lg bg-gray-200" />
    </div>
  );
}
