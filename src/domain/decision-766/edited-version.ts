// A version of the Decision 766 table set by an administrator (issue 13 item 3: "the indicator table as versioned
// data"): the numbers a province may correct — each group's and indicator's maximum, a threshold indicator's T, the
// grade bands' lower bounds — over the built-in version it starts from (versions.ts). What an indicator counts
// (numerator, denominator, MotCua's input) stays that of the built-in table: it is what the code computes.
// Pure; the stored form is `EditedTable` (a Setting row per version, src/server/data/decision-766-versions.ts).
import { z } from "zod";
import { vietnameseDateSchema } from "@/lib/dates";
import { requiredText } from "@/lib/text-input";
import { GROUP_CODES, versionProblems, type GroupCode, type ScorecardVersion } from "./definition";

export interface EditedTable {
  /** The built-in version whose indicators it edits. */
  baseId: string;
  label: string;
  source: string;
  effectiveFrom: string;
  groups: Record<GroupCode, number>;
  indicators: Record<string, { max: number; threshold: number | null }>;
  bands: Record<string, number>;
}

/** The numbers of a version, as the form shows them and a stored table holds them. */
export function tableOf(version: ScorecardVersion, baseId: string): EditedTable {
  return {
    baseId,
    label: version.label,
    source: version.source,
    effectiveFrom: version.effectiveFrom,
    groups: Object.fromEntries(version.groups.map((group) => [group.code, group.max])) as Record<GroupCode, number>,
    indicators: Object.fromEntries(
      version.indicators.map((row) => [
        row.id,
        { max: row.max, threshold: row.conversion.kind === "threshold" ? row.conversion.threshold : null },
      ]),
    ),
    bands: Object.fromEntries(version.bands.map((band) => [band.id, band.min])),
  };
}

/** The full version of an edited table over its base; the id is derived from the effective day. */
export function versionOfTable(table: EditedTable, base: ScorecardVersion): ScorecardVersion {
  return {
    id: `qd766-${table.effectiveFrom}`,
    label: table.label,
    effectiveFrom: table.effectiveFrom,
    source: table.source,
    groups: base.groups.map((group) => ({ ...group, max: table.groups[group.code] ?? group.max })),
    indicators: base.indicators.map((row) => {
      const edited = table.indicators[row.id];
      if (!edited) return row;
      const conversion =
        row.conversion.kind === "threshold" && edited.threshold !== null
          ? { kind: "threshold" as const, threshold: edited.threshold }
          : row.conversion;
      return { ...row, max: edited.max, conversion };
    }),
    // An administrator's band is a decision, no longer an assumption.
    bands: base.bands.map((band) => ({ ...band, min: table.bands[band.id] ?? band.min, assumed: false })),
  };
}

/** Form field names: "group-CKMB", "ind-2-1-max", "ind-2-1-t" (threshold, %), "band-good" (no dots: they are keys). */
const fieldId = (id: string) => id.replace(/[^A-Za-z0-9]/g, "-");
export const editedFieldName = {
  group: (code: GroupCode) => `group-${code}`,
  indicatorMax: (id: string) => `ind-${fieldId(id)}-max`,
  indicatorThreshold: (id: string) => `ind-${fieldId(id)}-t`,
  band: (id: string) => `band-${id}`,
} as const;

const POINTS_MESSAGE =
  "Điểm không hợp lệ: xin vui lòng nhập một số từ 0 đến 100, tối đa 2 chữ số thập phân (ví dụ 5 hoặc 2,5).";

/** A number typed by a person: "5", "2,5", "2.5"; 0–100, two decimals at most. */
const pointsSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().replace(",", ".") : value),
  z
    .string({ error: POINTS_MESSAGE })
    .regex(/^\d{1,3}(\.\d{1,2})?$/, { error: POINTS_MESSAGE })
    .transform(Number)
    .refine((value) => value <= 100, { error: POINTS_MESSAGE }),
);

/** One line of text, screened by the project's text parser (control and bidi characters refused). */
const textSchema = (what: string, max: number) =>
  requiredText(1, max, {
    required: `Xin vui lòng nhập ${what}.`,
    min: `Xin vui lòng nhập ${what}.`,
    max: `${what[0]!.toUpperCase()}${what.slice(1)} dài tối đa ${max} ký tự.`,
  });

/**
 * The administrator's form over a base version: every number, checked one by one (each field's own message), then
 * the table as a whole (groups add up to 100, indicators within their group, bands descending) under "table".
 */
export function editedTableInput(base: ScorecardVersion, baseId: string) {
  const shape: Record<string, z.ZodType> = {
    label: textSchema("tên phiên bản", 200),
    source: textSchema("căn cứ (văn bản quyết định bảng điểm)", 500),
    effectiveFrom: vietnameseDateSchema.refine((value) => value !== undefined, {
      error: "Xin vui lòng nhập ngày áp dụng.",
    }),
  };
  for (const code of GROUP_CODES) shape[editedFieldName.group(code)] = pointsSchema;
  for (const row of base.indicators) {
    shape[editedFieldName.indicatorMax(row.id)] = pointsSchema;
    if (row.conversion.kind === "threshold") {
      shape[editedFieldName.indicatorThreshold(row.id)] = pointsSchema.refine((value) => value > 0, {
        error: "Ngưỡng là một tỷ lệ phần trăm lớn hơn 0 và không quá 100.",
      });
    }
  }
  for (const band of base.bands) shape[editedFieldName.band(band.id)] = pointsSchema;
  return z
    .object(shape)
    .transform((input): EditedTable => {
      const value = (name: string) => input[name] as number;
      return {
        baseId,
        label: input.label as string,
        source: input.source as string,
        effectiveFrom: input.effectiveFrom as string,
        groups: Object.fromEntries(GROUP_CODES.map((code) => [code, value(editedFieldName.group(code))])) as Record<
          GroupCode,
          number
        >,
        indicators: Object.fromEntries(
          base.indicators.map((row) => [
            row.id,
            {
              max: value(editedFieldName.indicatorMax(row.id)),
              threshold:
                row.conversion.kind === "threshold"
                  ? Math.round(value(editedFieldName.indicatorThreshold(row.id)) * 100) / 10_000
                  : null,
            },
          ]),
        ),
        bands: Object.fromEntries(base.bands.map((band) => [band.id, value(editedFieldName.band(band.id))])),
      };
    })
    .superRefine((table, ctx) => {
      for (const message of versionProblems(versionOfTable(table, base)))
        ctx.addIssue({ code: "custom", path: ["table"], message });
    });
}

/** A stored table read back (a Setting row's JSON); null when it is not one. */
export function readEditedTable(value: unknown): EditedTable | null {
  const parsed = storedSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const storedSchema = z.object({
  baseId: z.string(),
  label: z.string(),
  source: z.string(),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  groups: z.record(z.enum(GROUP_CODES), z.number()),
  indicators: z.record(z.string(), z.object({ max: z.number(), threshold: z.number().nullable() })),
  bands: z.record(z.string(), z.number()),
}) as unknown as z.ZodType<EditedTable>;
