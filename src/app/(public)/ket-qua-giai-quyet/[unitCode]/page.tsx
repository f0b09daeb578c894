import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Freshness } from "@/features/public-board/freshness";
import { getUnitBoard } from "@/server/data/public-board";
import { Count, Rate } from "@/ui/rate";

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export async function generateMetadata({ params }: { params: Promise<{ unitCode: string }> }): Promise<Metadata> {
  const { unitCode } = await params;
  const board = unitCode.length <= 32 ? await getUnitBoard(unitCode) : null;
  const t = await getTranslations("publicBoard");
  return { title: board ? t("unitTitle", { unit: `${board.unit.kindLabel} ${board.unit.name}` }) : t("notFound") };
}

/** One unit's public results by month, last 12 months; figures from the rollups, cached (public-board.ts). */
export default async function UnitBoardPage({ params }: { params: Promise<{ unitCode: string }> }) {
  const { unitCode } = await params;
  const board = unitCode.length <= 32 ? await getUnitBoard(unitCode) : null;
  if (!board) notFound();
  const t = await getTranslations("publicBoard");
  const caption = t("tableCaption", { unit: `${board.unit.kindLabel} ${board.unit.name}` });
  return (
    <>
      <p>
        <Link href="/ket-qua-giai-quyet" className="text-sm text-blue-800 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold text-brand-700">
        {t("unitTitle", { unit: `${board.unit.kindLabel} ${board.unit.name}` })}
      </h1>
      <Freshness computedAt={board.computedAt} />
      <div className="mt-4 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
        <table className="w-full min-w-[36rem] border-collapse text-right text-sm sm:text-base">
          <caption className="mb-2 text-left font-semibold">{caption}</caption>
          <thead>
            <tr className="border-b border-gray-300 align-bottom">
              <th scope="col" className="py-2 pr-3 text-left">
                {t("month")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("resolved")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("onTimeRate")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("received")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("onlineShare")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("ratings")}
              </th>
              <th scope="col" className="py-2 pl-2">
                {t("satisfaction")}
              </th>
            </tr>
          </thead>
          <tbody>
            {board.months.map((row) => (
              <tr key={row.month} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {monthLabel(row.month)}
                </th>
                <td className="px-2 py-2">
                  <Count value={row.resolved} />
                </td>
                <td className="px-2 py-2">
                  <Rate value={row.onTimeRate} />
                </td>
                <td className="px-2 py-2">
                  <Count value={row.received} />
                </td>
                <td className="px-2 py-2">
                  <Rate value={row.onlineShare} />
                </td>
                <td className="px-2 py-2">
                  <Count value={row.ratings} />
                </td>
                <td className="py-2 pl-2">
                  <Rate value={row.satisfaction} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mt-6 text-lg font-semibold">{t("notesTitle")}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        <li>{t("onTimeNote")}</li>
        <li>{t("onlineNote")}</li>
        <li>{t("satisfactionNote", { minimum: board.minimumSample })}</li>
      </ul>
    </>
  );
}
