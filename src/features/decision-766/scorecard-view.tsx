// The Decision 766 scorecard page (issue 13 item 3, docs/decision-766.md): units of the scope ranked by their
// converted total, and a chosen unit's (or office's) indicators by group with points, rate, numerator and
// denominator, conversion, change from the previous period, and a link to the worklist listing the dossiers that cost
// points. Figures from src/server/data/decision-766.ts; scoring in src/domain/decision-766. Labelled as an estimate.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { unallocatedPoints, type IndicatorScore, type Scorecard } from "@/domain/decision-766";
import {
  LOST_766,
  LOST_766_SLUGS,
  PARAM as WORKLIST_PARAM,
  SCOPE_SLUGS,
  STATUS_ALL_SLUG,
  type Lost766,
} from "@/domain/worklist";
import { addCalendarDays, formatDateVi } from "@/lib/dates";
import type { ScorecardPage } from "@/server/data/decision-766";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { pillClass } from "@/ui/form";
import { Rate } from "@/ui/rate";
import { Section } from "@/ui/section";
import { UnitBreadcrumb } from "@/ui/unit-breadcrumb";

export const SCORECARD_PATH = "/lanh-dao/chi-so-766";
export const SCORECARD_EXPORT_PATH = "/api/bao-cao/chi-so-766";

const href = (path: string, params: Record<string, string>) => {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
};

/** The worklist of the dossiers that cost an indicator points: the unit (deciding), office, period and the lost filter. */
export function lostWorklistHref(page: Pick<ScorecardPage, "days" | "unit" | "office">, id: Lost766): string {
  const params: Record<string, string> = {
    [WORKLIST_PARAM.scope]: SCOPE_SLUGS.unit,
    [WORKLIST_PARAM.status]: STATUS_ALL_SLUG,
    [WORKLIST_PARAM.lost766]: LOST_766_SLUGS[id],
    [WORKLIST_PARAM.from]: formatDateVi(page.days.from),
    [WORKLIST_PARAM.to]: formatDateVi(addCalendarDays(page.days.to, -1)),
  };
  if (page.unit) params[WORKLIST_PARAM.unit] = page.unit.id;
  if (page.office) params[WORKLIST_PARAM.office] = page.office.id;
  return href("/ho-so", params);
}

const isLost = (id: string): id is Lost766 => (LOST_766 as readonly string[]).includes(id);

async function Points({ value }: { value: number | null }) {
  const format = await getFormatter();
  if (value === null) {
    const t = await getTranslations("rates");
    return <abbr title={t("notApplicableLong")}>{t("notApplicable")}</abbr>;
  }
  return <>{format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</>;
}

async function Change({ value }: { value: number | null }) {
  const format = await getFormatter();
  if (value === null) return <Points value={null} />;
  return <>{format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" })}</>;
}

async function Amount({ value }: { value: number | null }) {
  const format = await getFormatter();
  if (value === null) return <>—</>;
  return <>{format.number(value, { maximumFractionDigits: 2 })}</>;
}

export async function ScorecardView({
  page,
  params,
  picker,
}: {
  page: ScorecardPage;
  /** The page's period, unit and office parameters (dashboardParams), to build links. */
  params: (change: { unitId?: string | null; officeId?: string | null }) => Record<string, string>;
  picker: React.ReactNode;
}) {
  const t = await getTranslations("decision766");
  const here = (change: { unitId?: string | null; officeId?: string | null }) => href(SCORECARD_PATH, params(change));
  const bands = page.version.bands.map((band) => `${band.label} ≥ ${band.min}${band.assumed ? "*" : ""}`).join("; ");
  const groupName = new Map(page.version.groups.map((group) => [group.code, group.name]));
  return (
    <>
      <p
        className="-mt-4 mb-2 inline-block rounded bg-amber-100 px-2 py-1 text-sm font-semibold text-amber-900"
        data-testid="d766-estimate"
      >
        {t("estimate")}
      </p>
      <p className="mb-4 text-sm text-muted">
        {t("intro", {
          from: formatDateVi(page.period.from),
          to: formatDateVi(page.period.to),
          prevFrom: formatDateVi(page.previous.from),
          prevTo: formatDateVi(page.previous.to),
        })}
      </p>
      {picker}
      <UnitBreadcrumb
        label={t("breadcrumb")}
        allUnitsLabel={t("allUnits")}
        unit={page.unit}
        office={page.office}
        hrefOf={here}
        testId="d766-breadcrumb"
      />
      <div className="mt-3 flex flex-wrap gap-3 no-print">
        <a
          href={href(SCORECARD_EXPORT_PATH, params({}))}
          className={`${pillClass(false)} min-h-11`}
          data-testid="d766-export"
          download
        >
          {t("export")}
        </a>
      </div>

      {page.card ? (
        <UnitCard page={page} card={page.card} params={params} />
      ) : (
        <p className="mt-6 text-sm">{t("chooseUnit")}</p>
      )}

      <Section title={t("ranking.title")} id="d766-ranking">
        <DataTable
          caption={t("ranking.caption")}
          columns={[
            { header: t("ranking.colRank"), numeric: true },
            t("ranking.colUnit"),
            { header: t("ranking.colTotal"), numeric: true },
            { header: t("ranking.colEarned"), numeric: true },
            t("ranking.colBand"),
            { header: t("ranking.colChange"), numeric: true },
          ]}
          testId="d766-ranking"
        >
          {page.units.map((unit) => (
            <tr key={unit.id} aria-current={page.unit?.id === unit.id ? "true" : undefined}>
              <td className={numClass}>{unit.rank ?? "—"}</td>
              <RowHeader>
                <Link href={here({ unitId: unit.id, officeId: null })} className="underline">
                  {unit.name}
                </Link>
                <span className="block text-xs text-muted">{t(`ranking.level.${unit.level}`)}</span>
              </RowHeader>
              <td className={numClass}>
                <Points value={unit.card.total} />
              </td>
              <td className={numClass}>
                <Points value={unit.card.earned} /> / {unit.card.countedMax}
              </td>
              <td className={tdClass}>{unit.card.band?.label ?? "—"}</td>
              <td className={numClass}>
                <Change value={unit.change} />
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section title={page.version.label} id="d766-notes">
        <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
          <li>{t("version", { label: page.version.label, source: page.version.source })}</li>
          <li data-testid="d766-na-rule">{t("naRule")}</li>
          {unallocatedPoints(page.version).map((row) => (
            <li key={row.code}>{t("unallocated", { group: groupName.get(row.code) ?? "", points: row.points })}</li>
          ))}
          <li>{t("bandsNote", { bands })}</li>
        </ul>
      </Section>
    </>
  );
}

async function UnitCard({
  page,
  card,
  params,
}: {
  page: ScorecardPage;
  card: Scorecard;
  params: (change: { unitId?: string | null; officeId?: string | null }) => Record<string, string>;
}) {
  const t = await getTranslations("decision766.card");
  const format = await getFormatter();
  const previous = new Map(
    (page.previousCard?.groups ?? []).flatMap((group) =>
      group.indicators.map((row) => [row.definition.id, row.points] as const),
    ),
  );
  const name = page.office ? `${page.office.name}, ${page.unit?.name ?? ""}` : (page.unit?.name ?? "");
  const change =
    page.previousCard && card.total !== null && page.previousCard.total !== null
      ? card.total - page.previousCard.total
      : null;
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const conversionOf = (row: IndicatorScore) =>
    row.definition.conversion.kind === "threshold"
      ? t("threshold", { threshold: percent(row.definition.conversion.threshold) })
      : t("proportional");
  return (
    <section aria-labelledby="d766-card-title" className="mt-6" data-testid="d766-card">
      <h2 id="d766-card-title" className="text-xl font-semibold">
        {t("title", { name })}
      </h2>
      {page.unit && page.offices.length > 0 ? (
        <nav aria-label={t("offices")} className="mt-2 text-sm">
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link
                href={href(SCORECARD_PATH, params({ officeId: null }))}
                className={pillClass(!page.office)}
                aria-current={!page.office ? "page" : undefined}
              >
                {t("allOffices")}
              </Link>
            </li>
            {page.offices.map((office) => (
              <li key={office.id}>
                <Link
                  href={href(SCORECARD_PATH, params({ officeId: office.id }))}
                  className={pillClass(page.office?.id === office.id)}
                  aria-current={page.office?.id === office.id ? "page" : undefined}
                >
                  {office.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <dl className="mt-4 grid gap-3 sm:grid-cols-4" data-testid="d766-summary">
        <div className="rounded-md border border-gray-200 bg-white p-3">
          <dt className="text-sm text-muted">{t("total")}</dt>
          <dd className="text-2xl font-semibold" data-testid="d766-total">
            <Points value={card.total} />
          </dd>
        </div>
        <div className="rounded-md border border-gray-200 bg-white p-3">
          <dt className="text-sm text-muted">{t("earned")}</dt>
          <dd className="text-2xl font-semibold">
            <Points value={card.earned} /> / {card.countedMax}
          </dd>
        </div>
        <div className="rounded-md border border-gray-200 bg-white p-3">
          <dt className="text-sm text-muted">{t("band")}</dt>
          <dd className="text-2xl font-semibold" data-testid="d766-band">
            {card.band ? `${card.band.label}${card.band.assumed ? "*" : ""}` : "—"}
          </dd>
        </div>
        <div className="rounded-md border border-gray-200 bg-white p-3">
          <dt className="text-sm text-muted">{t("change")}</dt>
          <dd className="text-2xl font-semibold">
            <Change value={change === null ? null : Math.round(change * 100) / 100} />
          </dd>
        </div>
      </dl>
      {card.groups.map((group) => (
        <div key={group.code} className="mt-6">
          <DataTable
            caption={t("caption", {
              group: group.name,
              points: format.number(group.points, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
              max: group.max,
            })}
            columns={[
              t("colId"),
              t("colName"),
              { header: t("colPoints"), numeric: true },
              { header: t("colRate"), numeric: true },
              { header: t("colCounts"), numeric: true },
              t("colThreshold"),
              { header: t("colChange"), numeric: true },
              t("colLost"),
            ]}
            testId={`d766-group-${group.code}`}
          >
            {group.indicators.map((row) => {
              const id = row.definition.id;
              const lost = page.lost[id];
              const before = previous.get(id) ?? null;
              return (
                <tr key={id} data-testid={`d766-indicator-${id}`}>
                  <td className={tdClass}>{id}</td>
                  <RowHeader>
                    {row.definition.name}
                    {row.definition.certainty === "?" ? (
                      <span className="ml-1 text-xs text-muted">({t("uncertain")})</span>
                    ) : null}
                    <span className="block text-xs text-muted">
                      {t("formula", { numerator: row.definition.numerator, denominator: row.definition.denominator })}
                    </span>
                    {row.notApplicable ? (
                      <span className="block text-xs text-amber-900">{row.notApplicable}</span>
                    ) : null}
                    {row.definition.note ? (
                      <span className="block text-xs text-muted">{row.definition.note}</span>
                    ) : null}
                  </RowHeader>
                  <td className={numClass}>
                    <Points value={row.points} /> / {row.definition.max}
                  </td>
                  <td className={numClass}>
                    <Rate value={row.rate} />
                  </td>
                  <td className={numClass}>
                    <Amount value={row.numerator} /> / <Amount value={row.denominator} />
                  </td>
                  <td className={tdClass}>{conversionOf(row)}</td>
                  <td className={numClass}>
                    <Change
                      value={
                        row.points !== null && before !== null ? Math.round((row.points - before) * 100) / 100 : null
                      }
                    />
                  </td>
                  <td className={tdClass}>
                    {isLost(id) && lost !== undefined && lost > 0 ? (
                      <Link href={lostWorklistHref(page, id)} className="underline" data-testid={`d766-lost-${id}`}>
                        {t("lostLink", { count: lost })}
                      </Link>
                    ) : (
                      t("noLost")
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </div>
      ))}
    </section>
  );
}
