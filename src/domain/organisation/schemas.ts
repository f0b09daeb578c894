// zod schemas of the organisation screens' commands, with Vietnamese messages. Field names match the forms' inputs,
// so an error's path is the id of the field it belongs to. Dates are typed dd/MM/yyyy and come out as civil days.
import { z } from "zod";
import { blankToUndefined, formInt, idText, optionalText, requiredText, safeString } from "@/lib/text-input";
import { parseVietnameseDate, type LocalDate } from "@/lib/dates";
import { UNIT_CODE_PATTERN } from "./rules";

const DATE_MESSAGE = "Xin nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2025.";

const viDate = safeString(DATE_MESSAGE).transform((text, ctx): LocalDate => {
  const parsed = parseVietnameseDate(text, { anySeparator: true });
  if (parsed.ok) return parsed.date;
  ctx.addIssue({ code: "custom", message: DATE_MESSAGE });
  return z.NEVER;
});
const optionalDate = z.preprocess(blankToUndefined, viDate.optional()).transform((value) => value ?? null);

const unitId = idText("Xin chọn đơn vị.");
const officeId = idText("Xin chọn phòng, bộ phận.");
const counterId = idText("Xin chọn quầy.");

export const UNIT_LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;
export const OFFICE_KINDS = ["RECEPTION", "DEPARTMENT", "LEADERSHIP"] as const;

const unitCode = safeString("Xin nhập mã đơn vị.")
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(UNIT_CODE_PATTERN, "Mã đơn vị gồm 2–12 chữ in hoa không dấu hoặc chữ số, ví dụ STY."));
const changeBasis = optionalText(300, "Căn cứ tối đa 300 ký tự.");

const unitFields = {
  name: requiredText(1, 200, {
    required: "Xin nhập tên đơn vị.",
    min: "Xin nhập tên đơn vị.",
    max: "Tên tối đa 200 ký tự.",
  }),
  kindLabel: requiredText(1, 40, {
    required: "Xin nhập loại đơn vị, ví dụ Phường, Xã.",
    min: "Xin nhập loại đơn vị, ví dụ Phường, Xã.",
    max: "Loại đơn vị tối đa 40 ký tự.",
  }),
  level: z.enum(UNIT_LEVELS, { error: "Xin chọn cấp đơn vị." }),
  parentId: z.preprocess(blankToUndefined, idText("Xin chọn đơn vị cấp trên.").optional()).transform((v) => v ?? null),
  address: optionalText(300, "Địa chỉ tối đa 300 ký tự."),
  phone: optionalText(60, "Số điện thoại tối đa 60 ký tự."),
  openingHours: optionalText(200, "Giờ làm việc tối đa 200 ký tự."),
  effectiveFrom: optionalDate,
  changeBasis,
};

export const createUnitSchema = z.object({ code: unitCode, ...unitFields });
export type CreateUnitInput = z.output<typeof createUnitSchema>;

export const editUnitSchema = z.object({ unitId, ...unitFields });
export type EditUnitInput = z.output<typeof editUnitSchema>;

/** The unit's dates alone (a unit that ends without a successor: giải thể). */
export const setUnitDatesSchema = z.object({
  unitId,
  effectiveFrom: optionalDate,
  effectiveTo: optionalDate,
  changeBasis,
});
export type SetUnitDatesInput = z.output<typeof setUnitDatesSchema>;

export const mergeUnitsSchema = z.object({
  sourceIds: z
    .array(idText("Xin chọn đơn vị kết thúc."), { error: "Xin chọn ít nhất một đơn vị kết thúc." })
    .min(1, "Xin chọn ít nhất một đơn vị kết thúc.")
    .max(50, "Tối đa 50 đơn vị mỗi lần."),
  successorId: idText("Xin chọn đơn vị kế thừa."),
  lastDay: viDate,
  changeBasis: requiredText(1, 300, {
    required: "Xin nhập căn cứ (nghị quyết, quyết định), ví dụ Nghị quyết 1656/NQ-UBTVQH15.",
    min: "Xin nhập căn cứ (nghị quyết, quyết định).",
    max: "Căn cứ tối đa 300 ký tự.",
  }),
});
export type MergeUnitsInput = z.output<typeof mergeUnitsSchema>;

const officeCode = safeString("Xin nhập mã phòng, bộ phận.")
  .transform((value) => value.toUpperCase())
  .pipe(
    z.string().regex(/^[A-Z0-9_]{2,20}$/, "Mã gồm 2–20 chữ in hoa không dấu, chữ số hoặc dấu gạch dưới, ví dụ TUPHAP."),
  );
const officeFields = {
  name: requiredText(1, 200, {
    required: "Xin nhập tên phòng, bộ phận.",
    min: "Xin nhập tên phòng, bộ phận.",
    max: "Tên tối đa 200 ký tự.",
  }),
  kind: z.enum(OFFICE_KINDS, { error: "Xin chọn loại phòng, bộ phận." }),
};
export const createOfficeSchema = z.object({ unitId, code: officeCode, ...officeFields });
export type CreateOfficeInput = z.output<typeof createOfficeSchema>;
export const editOfficeSchema = z.object({ officeId, ...officeFields });
export type EditOfficeInput = z.output<typeof editOfficeSchema>;

const active = z.enum(["true", "false"], { error: "Giá trị không hợp lệ." }).transform((value) => value === "true");
export const setOfficeActiveSchema = z.object({ officeId, active });
export type SetOfficeActiveInput = z.output<typeof setOfficeActiveSchema>;

/** Field codes served at a counter, typed separated by commas or spaces; none: every field. */
const fieldCodes = z
  .preprocess((value) => (value === undefined ? "" : value), safeString("Mã lĩnh vực không hợp lệ."))
  .transform((text) => [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map((code) => code.toUpperCase()),
    ),
  ])
  .pipe(
    z
      .array(z.string().regex(/^[A-Z0-9_.-]{1,40}$/, "Mã lĩnh vực chỉ gồm chữ, số, dấu chấm, gạch."))
      .max(50, "Tối đa 50 lĩnh vực."),
  );
const counterFields = {
  number: formInt(
    { invalid: "Số quầy là số nguyên từ 1 đến 999.", min: "Số quầy từ 1.", max: "Số quầy đến 999." },
    { min: 1, max: 999 },
  ),
  name: requiredText(1, 120, {
    required: "Xin nhập tên quầy.",
    min: "Xin nhập tên quầy.",
    max: "Tên quầy tối đa 120 ký tự.",
  }),
  fieldCodes,
};
export const createCounterSchema = z.object({ officeId, ...counterFields });
export type CreateCounterInput = z.output<typeof createCounterSchema>;
export const editCounterSchema = z.object({ counterId, ...counterFields });
export type EditCounterInput = z.output<typeof editCounterSchema>;
export const setCounterActiveSchema = z.object({ counterId, active });
export type SetCounterActiveInput = z.output<typeof setCounterActiveSchema>;
