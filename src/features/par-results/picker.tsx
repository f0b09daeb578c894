// The year and level picker of the PAR Index ranking (GET ?nam=2025&doi-tuong=cap-xa, so a view is shareable and works
// without JavaScript), and the choice of the evaluation those name among the ones the reader may open.
import { getTranslations } from "next-intl/server";
import { PAR_LEVELS, parLabelsFor, type ParLevel } from "@/domain/par-index";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { getLabelLocale } from "@/ui/labels";
import { Button, FilterForm, SelectField } from "@/ui/form";

export const PAR_PICKER_PARAM = { year: "nam", level: "doi-tuong", evaluation: "dot" } as const;
export const PAR_LEVEL_SLUGS: Readonly<Record<ParLevel, string>> = { COMMUNE: "cap-xa", DEPARTMENT: "co-quan" };

export interface ParPick {
  year: number | null;
  level: ParLevel | null;
  /** One evaluation by id (several owners evaluated the same year and level). */
  evaluationId: string | null;
}

/** Never throws: an unknown year or level is ignored (the latest evaluation is shown). */
export function parsePick(params: SearchParams): ParPick {
  const year = Number(firstParam(params[PAR_PICKER_PARAM.year]));
  const slug = firstParam(params[PAR_PICKER_PARAM.level]);
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    level: PAR_LEVELS.find((level) => PAR_LEVEL_SLUGS[level] === slug) ?? null,
    evaluationId: firstParam(params[PAR_PICKER_PARAM.evaluation])?.trim() || null,
  };
}

/** The evaluation the pick names (latest year first among equals), or the latest one; whether the pick matched. */
export function choose<T extends { id: string; year: number; level: ParLevel }>(
  choices: readonly T[],
  pick: ParPick,
): { chosen: T | null; matched: boolean; others: T[] } {
  const byId = pick.evaluationId ? choices.find((choice) => choice.id === pick.evaluationId) : undefined;
  if (byId)
    return {
      chosen: byId,
      matched: true,
      others: choices.filter((c) => c !== byId && c.year === byId.year && c.level === byId.level),
    };
  const wanted = choices.filter(
    (choice) =>
      (pick.year === null || choice.year === pick.year) && (pick.level === null || choice.level === pick.level),
  );
  const chosen = wanted[0] ?? choices[0] ?? null;
  const others = chosen
    ? choices.filter((choice) => choice !== chosen && choice.year === chosen.year && choice.level === chosen.level)
    : [];
  return { chosen, matched: wanted.length > 0 || (pick.year === null && pick.level === null), others };
}

export async function ParPicker({
  action,
  choices,
  chosen,
  label,
}: {
  action: string;
  choices: readonly { year: number; level: ParLevel }[];
  chosen: { year: number; level: ParLevel } | null;
  label: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("parResults"), getLabelLocale()]);
  const years = [...new Set(choices.map((choice) => choice.year))].sort((a, b) => b - a);
  const levels = PAR_LEVELS.filter((level) => choices.some((choice) => choice.level === level));
  return (
    <FilterForm action={action} label={label} className="mb-4 no-print" testId="par-picker">
      <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,20rem)_auto] sm:items-end">
        <SelectField
          id="par-year"
          name={PAR_PICKER_PARAM.year}
          label={t("year")}
          choices={years.map((year) => ({ value: String(year), label: String(year) }))}
          defaultValue={chosen ? String(chosen.year) : null}
        />
        <SelectField
          id="par-level"
          name={PAR_PICKER_PARAM.level}
          label={t("level")}
          choices={levels.map((level) => ({ value: PAR_LEVEL_SLUGS[level], label: parLabelsFor(locale).level[level] }))}
          defaultValue={chosen ? PAR_LEVEL_SLUGS[chosen.level] : null}
        />
        <div>
          <Button type="submit">{t("show")}</Button>
        </div>
      </div>
    </FilterForm>
  );
}
