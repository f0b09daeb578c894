import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FieldList } from "@/features/catalogue/field-list";
import { PublicFiguresPanel } from "@/features/catalogue/public-figures";
import { TrackingEntryForm } from "@/features/catalogue/tracking-entry-form";
import { Freshness } from "@/features/public-board/freshness";
import { getCachedFieldsWithCounts, getCachedPublicFigures } from "@/server/data/public-cache";
import { Section } from "@/ui/section";

// Rendered per request (the CSP nonce); the figures and fields come from the public data cache (public-cache.ts).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, tApp, tBoard, fields, { figures, computedAt }] = await Promise.all([
    getTranslations("home"),
    getTranslations("app"),
    getTranslations("publicBoard"),
    getCachedFieldsWithCounts(),
    getCachedPublicFigures(),
  ]);
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-[1.2fr_1fr] lg:items-start">
        <div>
          <h1 className="text-2xl font-semibold text-brand-700 sm:text-3xl">{tApp("fullName")}</h1>
          <p className="mt-2 max-w-2xl text-muted">{t("intro")}</p>
          <form action="/thu-tuc" method="get" role="search" aria-label={t("searchLabel")} className="mt-6">
            <label htmlFor="home-q" className="block font-semibold">
              {t("searchLabel")}
            </label>
            <div className="mt-1 flex flex-col gap-2 sm:flex-row">
              <input
                id="home-q"
                name="q"
                type="search"
                maxLength={120}
                placeholder={t("searchPlaceholder")}
                className="w-full rounded-md border border-gray-500 bg-white px-3 py-2"
              />
              <button
                type="submit"
                className="shrink-0 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600"
              >
                {t("searchSubmit")}
              </button>
            </div>
          </form>
        </div>
        <TrackingEntryForm idPrefix="home-tracking" />
      </div>

      <Section
        title={t("figuresTitle", { year: figures.year })}
        id="figures"
        actions={
          <Link href="/ket-qua-giai-quyet" className="text-sm text-blue-800 underline">
            {tBoard("homeLink")}
          </Link>
        }
      >
        <PublicFiguresPanel figures={figures} />
        <Freshness computedAt={computedAt} />
      </Section>

      <Section
        title={t("fieldsTitle")}
        id="fields"
        actions={
          <Link href="/thu-tuc" className="text-sm text-blue-800 underline">
            {t("allProcedures")}
          </Link>
        }
      >
        <FieldList fields={fields} />
      </Section>
    </>
  );
}
