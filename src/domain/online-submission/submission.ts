// Nộp hồ sơ trực tuyến: what a citizen enters, checked by the same applicant rules as the desk
// (src/domain/dossier/intake-schema.ts), the way the result is returned, and which document components are covered
// by an uploaded or a reused file.
import { z } from "zod";
import { applicantFields, applicantIdentityCheckWhen, checkApplicantIdentity } from "@/domain/dossier/intake-schema";
import { receiverSchema, type PostalPerson, type ReceiverFormInput } from "@/domain/postal";
import { idText } from "@/lib/text-input";

/** Step "Thông tin người nộp": exactly the desk's fields and rules. */
export const applicantStepSchema = z
  .object(applicantFields)
  .superRefine(checkApplicantIdentity, { when: applicantIdentityCheckWhen });
export type ApplicantStep = z.output<typeof applicantStepSchema>;

export const RESULT_DELIVERIES = ["AT_DESK", "POST", "ELECTRONIC"] as const;
export type ResultDeliveryChoice = (typeof RESULT_DELIVERIES)[number];

/** The receiver's form fields, named as on the desk's form; each issue of `receiverSchema` goes to its field. */
const RECEIVER_FIELD = {
  name: "receiverName",
  phone: "receiverPhone",
  email: "receiverEmail",
  address: "receiverAddress",
  province: "receiverProvince",
  commune: "receiverCommune",
} as const satisfies Record<keyof ReceiverFormInput, string>;

/** A stored receiver back into the form's fields (the draft, the form's defaults). */
export function receiverFormValues(
  person: PostalPerson,
): Record<(typeof RECEIVER_FIELD)[keyof ReceiverFormInput], string> {
  return {
    receiverName: person.name,
    receiverPhone: person.phone,
    receiverEmail: person.email ?? "",
    receiverAddress: person.address,
    receiverProvince: person.provinceCode,
    receiverCommune: person.communeCode ?? person.communeName,
  };
}

/**
 * Step "Nơi nộp và cách nhận kết quả": the receiving unit and the delivery; the post needs a receiver on the
 * two-level map, checked by the postal service's `receiverSchema` (the desk's rules and messages).
 */
export const deliveryStepSchema = z
  .object({
    unitId: idText("Xin vui lòng chọn nơi tiếp nhận hồ sơ."),
    resultDelivery: z.enum(RESULT_DELIVERIES, { error: "Xin vui lòng chọn cách nhận kết quả." }),
    receiverName: z.unknown().optional(),
    receiverPhone: z.unknown().optional(),
    receiverEmail: z.unknown().optional(),
    receiverAddress: z.unknown().optional(),
    receiverProvince: z.unknown().optional(),
    receiverCommune: z.unknown().optional(),
  })
  .transform((value, ctx) => {
    if (value.resultDelivery !== "POST") return { unitId: value.unitId, resultDelivery: value.resultDelivery };
    const receiver = receiverSchema.safeParse({
      name: value.receiverName ?? "",
      phone: value.receiverPhone ?? "",
      email: value.receiverEmail,
      address: value.receiverAddress ?? "",
      province: value.receiverProvince ?? "",
      commune: value.receiverCommune,
    });
    if (!receiver.success) {
      for (const issue of receiver.error.issues)
        ctx.addIssue({
          code: "custom",
          path: [RECEIVER_FIELD[issue.path[0] as keyof ReceiverFormInput] ?? "receiverName"],
          message: issue.message,
        });
      return z.NEVER;
    }
    return { unitId: value.unitId, resultDelivery: value.resultDelivery, receiver: receiver.data };
  });
export type DeliveryStep = z.output<typeof deliveryStepSchema>;

/** A component of the procedure as the citizen's documents step sees it. */
export interface ComponentRule {
  position: number;
  name: string;
  optional: boolean;
  uploadable: boolean;
}

export interface ComponentCoverage {
  position: number;
  uploads: number;
  reused: number;
}

export interface UploadCountLimits {
  maxFilesPerComponent: number;
  maxFilesPerSubmission: number;
}

export type CoverageProblem =
  | { kind: "missing"; position: number; name: string }
  | { kind: "notUploadable"; position: number; name: string }
  | { kind: "tooManyForComponent"; position: number; name: string; limit: number }
  | { kind: "tooManyInTotal"; limit: number };

/**
 * Every required component that may be uploaded needs at least one file (uploaded or reused); no component takes
 * more than the limit, nor the submission in total; a component that may not be uploaded takes no file (the paper
 * is shown at the desk).
 */
export function coverageProblems(
  components: readonly ComponentRule[],
  coverage: readonly ComponentCoverage[],
  limits: UploadCountLimits,
): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const byPosition = new Map(coverage.map((entry) => [entry.position, entry]));
  let total = 0;
  for (const component of components) {
    const entry = byPosition.get(component.position);
    const files = (entry?.uploads ?? 0) + (entry?.reused ?? 0);
    total += files;
    if (!component.uploadable) {
      if (files > 0) problems.push({ kind: "notUploadable", position: component.position, name: component.name });
      continue;
    }
    if (files === 0 && !component.optional)
      problems.push({ kind: "missing", position: component.position, name: component.name });
    if (files > limits.maxFilesPerComponent)
      problems.push({
        kind: "tooManyForComponent",
        position: component.position,
        name: component.name,
        limit: limits.maxFilesPerComponent,
      });
  }
  if (total > limits.maxFilesPerSubmission)
    problems.push({ kind: "tooManyInTotal", limit: limits.maxFilesPerSubmission });
  return problems;
}

/** The Vietnamese sentence for a coverage problem. */
export function coverageMessage(problem: CoverageProblem): string {
  switch (problem.kind) {
    case "missing":
      return `Xin vui lòng tải lên hoặc chọn lại tệp đã nộp cho giấy tờ "${problem.name}".`;
    case "notUploadable":
      return `Giấy tờ "${problem.name}" không nộp qua mạng; xin vui lòng mang bản giấy khi đến nhận kết quả.`;
    case "tooManyForComponent":
      return `Giấy tờ "${problem.name}" nhận tối đa ${problem.limit} tệp. Xin vui lòng bớt tệp.`;
    case "tooManyInTotal":
      return `Một hồ sơ nhận tối đa ${problem.limit} tệp. Xin vui lòng bớt tệp.`;
  }
}

/** Form field names of the documents step: files and reused file ids per component. */
export const uploadFieldName = (position: number) => `tep-${position}`;
export const reuseFieldName = (position: number) => `dung-lai-${position}`;
