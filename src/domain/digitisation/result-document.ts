// The electronic result the product generates when no signed file is attached: a plain administrative document
// (Nghị định 30/2020 on document formats: the agency and the national motto side by side, number and dateline, title,
// body, signature block) described as a DocumentSpec, so the same data could be drawn by any renderer. Pure.
import { datelinePlace, unitDisplayName, upperVi, type UnitNaming } from "../documents/format";
import type { Block, DocumentSpec } from "../documents/spec";
import type { ResultKind } from "../dossier/types";
import type { ResultMetadata } from "./result-metadata";

export interface GeneratedResultData {
  unit: UnitNaming;
  dossier: {
    code: string;
    procedureName: string;
    applicantName: string;
    applicantIdNumber: string;
    applicantAddress: string;
    receivedAt: Date | null;
    resultKind: ResultKind | null;
  };
  metadata: ResultMetadata;
  /** The decision's body as the officer wrote it; a standard sentence when empty. */
  content?: string | undefined;
  /** The signing date as an instant (start of the Vietnamese day of metadata.signedOn). */
  signedAt: Date;
}

/** The standard body when the officer wrote none: what was decided, for whom, on which dossier. */
export function defaultResultContent(data: Pick<GeneratedResultData, "dossier" | "unit">): string {
  const outcome = data.dossier.resultKind === "DENIED" ? "không giải quyết yêu cầu" : "đã giải quyết yêu cầu";
  return (
    `${unitDisplayName(data.unit)} ${outcome} thực hiện thủ tục "${data.dossier.procedureName}" ` +
    `của ông/bà ${data.dossier.applicantName} theo hồ sơ mã số ${data.dossier.code}.`
  );
}

export function generatedResultSpec(data: GeneratedResultData): DocumentSpec {
  const { metadata, dossier } = data;
  const body = (data.content?.trim() || defaultResultContent(data))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const blocks: Block[] = [
    { kind: "field", label: "Mã hồ sơ", value: dossier.code },
    { kind: "field", label: "Thủ tục hành chính", value: dossier.procedureName },
    { kind: "field", label: "Người yêu cầu", value: dossier.applicantName },
    { kind: "field", label: "Số định danh cá nhân / mã số thuế", value: dossier.applicantIdNumber },
    { kind: "field", label: "Địa chỉ", value: dossier.applicantAddress },
    ...body.map((text): Block => ({ kind: "paragraph", text, indent: true })),
    {
      kind: "signatures",
      items: [
        { title: "" },
        {
          title: upperVi(metadata.signerTitle ?? "Người ký"),
          note: "(Đã ký)",
          name: metadata.signerName,
        },
      ],
    },
  ];
  return {
    title: `${metadata.kind} số ${metadata.number}`,
    fileName: `ket-qua-${dossier.code}`,
    format: { size: "A4", orientation: "portrait", fontSize: 12 },
    header: {
      // The issuing agency in bold under an empty line of the superior body (not known here): one agency line.
      agency: "",
      division: upperVi(metadata.issuingAgency),
      reference: `Số: ${metadata.number}`,
      place: datelinePlace(data.unit),
      date: data.signedAt,
    },
    heading: upperVi(metadata.kind),
    sheets: [blocks],
  };
}
