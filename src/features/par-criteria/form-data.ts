// The criteria-set forms' fields as the services' inputs (zod at the boundary). Numbers take a decimal comma; a ladder
// is typed as in the spreadsheet ("100:3; 98:2; 95:1"); the node's own rules are checked again by the service
// (checkCriterionFields), so a form and an imported row are refused for the same reasons.
import { z } from "zod";
import {
  blankToUndefined,
  boundedText,
  formInt,
  idText,
  optionalText as libOptionalText,
  requiredText,
} from "@/lib/text-input";
import {
  PAR_CRITERION_KINDS,
  PAR_LEVELS,
  PAR_METRIC_KEYS,
  PAR_SECTIONS,
  PAR_VALUE_KINDS,
  parseLadderText,
  type CriterionFields,
  type GradeBand,
  type ParMetricKey,
} from "@/domain/par-index";

// Text goes through the project's text parser (src/lib/text-input): control, bidi and broken characters are refused
// with their own message, as at every other boundary.
const requiredLine = (max: number, messages: { required: string; max: string }) =>
  requiredText(1, max, { required: messages.required, min: messages.required, max: messages.max });
const optionalLine = (max: number, message: string, options: { multiline?: boolean } = {}) =>
  libOptionalText(max, message, options).transform((value) => value ?? null);
const decimal = (message: string) =>
  z
    .string()
    .trim()
    .transform((value) => value.replace(",", "."))
    .refine((value) => /^-?\d+(\.\d+)?$/.test(value), message)
    .transform(Number);
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

export const yearSchema = formInt(
  {
    invalid: "Năm không hợp lệ.",
    min: "Năm không hợp lệ: từ 2000 đến 2100.",
    max: "Năm không hợp lệ: từ 2000 đến 2100.",
  },
  { min: 2000, max: 2100 },
);
const nameSchema = requiredLine(300, {
  required: "Xin vui lòng nhập tên bộ tiêu chí.",
  max: "Tên bộ tiêu chí không hợp lệ: dài quá 300 ký tự.",
});
export const idSchema = idText("Thông tin không hợp lệ. Xin vui lòng tải lại trang.");
const optionalId = z.preprocess(blankToUndefined, idSchema.optional()).transform((value) => value ?? null);

export const newSetSchema = z.object({
  year: yearSchema,
  level: z.enum(PAR_LEVELS, { error: "Xin vui lòng chọn đối tượng đánh giá." }),
  name: nameSchema,
  basis: optionalLine(300, "Căn cứ không hợp lệ: dài quá 300 ký tự."),
  start: z.enum(["empty", "sample"], { error: "Xin vui lòng chọn cách tạo bộ tiêu chí." }),
});

export const copySetSchema = z.object({ sourceId: idSchema, year: yearSchema, name: nameSchema });

/** Grade bands come as bandLabel[] / bandMin[] pairs; blank pairs are dropped. */
export const setInfoSchema = z
  .object({
    setId: idSchema,
    name: nameSchema,
    basis: optionalLine(300, "Căn cứ không hợp lệ: dài quá 300 ký tự."),
    rescaleToHundred: checkbox,
    isSample: checkbox,
    "bandLabel[]": z.array(boundedText(60, "Tên mức xếp loại không hợp lệ: dài quá 60 ký tự.")).default([]),
    "bandMin[]": z.array(boundedText(10, "Điểm từ của mức xếp loại không hợp lệ.")).default([]),
  })
  .transform((input, context) => {
    const gradeBands: GradeBand[] = [];
    input["bandLabel[]"].forEach((label, index) => {
      const min = (input["bandMin[]"][index] ?? "").replace(",", ".");
      if (!label && !min) return;
      if (!/^\d+(\.\d+)?$/.test(min)) {
        context.addIssue({ code: "custom", path: ["gradeBands"], message: `Mức “${label}”: điểm từ không hợp lệ.` });
        return;
      }
      gradeBands.push({ label, min: Number(min) });
    });
    return {
      setId: input.setId,
      name: input.name,
      basis: input.basis,
      rescaleToHundred: input.rescaleToHundred,
      isSample: input.isSample,
      gradeBands,
    };
  });

export const criterionFieldsSchema = z
  .object({
    code: requiredLine(60, { required: "Xin vui lòng nhập mã số.", max: "Mã số không hợp lệ." }),
    title: requiredLine(1000, {
      required: "Xin vui lòng nhập tên tiêu chí.",
      max: "Tên tiêu chí không hợp lệ: dài quá 1000 ký tự.",
    }),
    maxPoints: decimal("Điểm tối đa không hợp lệ: nhập một số, ví dụ 2 hoặc 1,5."),
    kind: z.enum(PAR_CRITERION_KINDS, { error: "Xin vui lòng chọn loại tiêu chí." }),
    section: z.enum(PAR_SECTIONS, { error: "Xin vui lòng chọn phần điểm." }),
    valueKind: z.enum(PAR_VALUE_KINDS, { error: "Xin vui lòng chọn giá trị kê khai." }),
    allowNotApplicable: checkbox,
    metric: z
      .union([z.literal(""), z.enum(PAR_METRIC_KEYS as [ParMetricKey, ...ParMetricKey[]])], {
        error: "Số liệu không hợp lệ.",
      })
      .optional()
      .transform((value) => (value ? value : null)),
    ladder: optionalLine(500, "Thang điểm không hợp lệ: dài quá 500 ký tự."),
    guidance: optionalLine(4000, "Yêu cầu và tài liệu kiểm chứng không hợp lệ: dài quá 4000 ký tự.", {
      multiline: true,
    }),
    scoringNote: optionalLine(2000, "Cách tính điểm không hợp lệ: dài quá 2000 ký tự.", { multiline: true }),
  })
  .transform((input, context): CriterionFields => {
    let ladder: CriterionFields["ladder"] = null;
    if (input.ladder) {
      const parsed = parseLadderText(input.ladder);
      if (parsed.ok) ladder = parsed.ladder;
      else context.addIssue({ code: "custom", path: ["ladder"], message: `Thang điểm ${parsed.message}` });
    }
    return { ...input, ladder };
  });

export const addCriterionSchema = z.object({
  setId: idSchema,
  parentId: optionalId,
  fields: criterionFieldsSchema,
});

export const updateCriterionSchema = z.object({
  setId: idSchema,
  criterionId: idSchema,
  fields: criterionFieldsSchema,
});

export const moveSchema = z.object({
  setId: idSchema,
  criterionId: idSchema,
  to: z.enum(["up", "down", "parent"], { error: "Thông tin không hợp lệ." }),
  parentId: optionalId.transform((value) => value ?? undefined),
});

export const deleteSchema = z.object({ setId: idSchema, criterionId: idSchema });

/** The form's flat fields: the node's fields under "fields" for the schemas above. */
export function criterionFromForm(formData: FormData): Record<string, unknown> {
  const value = (name: string) => {
    const raw = formData.get(name);
    return typeof raw === "string" ? raw : undefined;
  };
  const fieldNames = [
    "code",
    "title",
    "maxPoints",
    "kind",
    "section",
    "valueKind",
    "allowNotApplicable",
    "metric",
    "ladder",
    "guidance",
    "scoringNote",
  ];
  return {
    setId: value("setId"),
    criterionId: value("criterionId"),
    parentId: value("parentId"),
    fields: Object.fromEntries(fieldNames.map((name) => [name, value(name)])),
  };
}
