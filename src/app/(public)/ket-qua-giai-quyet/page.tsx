import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Freshness } from "@/features/public-board/freshness";
import { getBoardUnits } from "@/server/data/public-board";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("publicBoard"))("title") };
}

/** The public results board: the units in force, each linking to its monthly figures. Data cached (public-board.ts). */
export default async function ResultsBoardPage() {
  const [t, tPar, { units, computedAt }] = await Promise.all([
    getTranslations("publicBoard"),
    getTranslations("parResults"),
    getBoardUnits(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold text-brand-700">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-muted">{t("intro")}</p>
      <Freshness computedAt={computedAt} />
      <p className="mt-2">
        <Link href="/chi-so-cai-cach-hanh-chinh" className="text-blue-800 underline">
          {tPar("publicLink")}
        </Link>
      </p>
      <h2 className="mt-6 text-lg font-semibold">{t("unitsTitle")}</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("unitsCaption")}</caption>
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="py-2 pr-3">
                {t("unitColumn")}
              </th>
              <th scope="col" className="py-2">
                {t("kindColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.code} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link
                    href={`/ket-qua-giai-quyet/${encodeURIComponent(unit.code)}`}
                    className="text-blue-800 underline"
                  >
                    {unit.kindLabel} {unit.name}
                  </Link>
                </th>
                <td className="py-2">{unit.kindLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
