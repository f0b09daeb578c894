import { describe, expect, it } from "vitest";
import { plainText } from "../documents/spec";
import { defaultResultContent, generatedResultSpec, type GeneratedResultData } from "./result-document";

// Nghị định 30/2020 (document format): national motto header, the agency, "Số: …", the dateline, title, body, signer.
const data: GeneratedResultData = {
  unit: { name: "Ngô Quyền", kindLabel: "Phường", level: "COMMUNE", parentName: "Sơn Tây" },
  dossier: {
    code: "NQU-260423-0001",
    procedureName: "Đăng ký khai sinh",
    applicantName: "Trần Thị Bình",
    applicantIdNumber: "001190012345",
    applicantAddress: "Số 5 phố Quang Trung, Sơn Tây",
    receivedAt: new Date("2026-04-20T02:00:00Z"),
    resultKind: "GRANTED",
  },
  metadata: {
    number: "125/GKS-UBND",
    signerName: "Nguyễn Văn Hùng",
    signerTitle: "Phó Chủ tịch",
    signedOn: "2026-04-23",
    issuingAgency: "UBND phường Ngô Quyền",
    kind: "Giấy khai sinh",
  },
  signedAt: new Date("2026-04-22T17:00:00Z"),
};

describe("the generated result document", () => {
  const spec = generatedResultSpec(data);
  it("carries the number, the agency in capitals, the dateline of the town and the kind as its title", () => {
    expect(spec.header).toMatchObject({
      division: "UBND PHƯỜNG NGÔ QUYỀN",
      reference: "Số: 125/GKS-UBND",
      place: "Sơn Tây",
      date: data.signedAt,
    });
    expect(spec.heading).toBe("GIẤY KHAI SINH");
    expect(spec.fileName).toBe("ket-qua-NQU-260423-0001");
  });
  it("names the dossier, the applicant and the signer", () => {
    const blocks = spec.sheets[0] ?? [];
    const text = blocks
      .map((block) =>
        block.kind === "field"
          ? `${block.label}: ${plainText(block.value)}`
          : block.kind === "paragraph"
            ? plainText(block.text)
            : block.kind === "signatures"
              ? block.items.map((item) => `${item.title} ${item.name ?? ""}`).join(" ")
              : "",
      )
      .join("\n");
    expect(text).toContain("Mã hồ sơ: NQU-260423-0001");
    expect(text).toContain("Người yêu cầu: Trần Thị Bình");
    expect(text).toContain("PHÓ CHỦ TỊCH Nguyễn Văn Hùng");
    expect(text).toContain(defaultResultContent(data));
  });
  it("uses the officer's text, one paragraph per line, when given", () => {
    const custom = generatedResultSpec({ ...data, content: "Dòng một.\n\n  Dòng hai.  " });
    const paragraphs = (custom.sheets[0] ?? []).filter((block) => block.kind === "paragraph");
    expect(paragraphs.map((block) => (block.kind === "paragraph" ? block.text : ""))).toEqual([
      "Dòng một.",
      "Dòng hai.",
    ]);
  });
  it("says what was decided: granted or not", () => {
    expect(defaultResultContent(data)).toContain("đã giải quyết yêu cầu");
    expect(defaultResultContent({ ...data, dossier: { ...data.dossier, resultKind: "DENIED" } })).toContain(
      "không giải quyết yêu cầu",
    );
  });
});
