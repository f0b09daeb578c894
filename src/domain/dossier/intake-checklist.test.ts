import { describe, expect, it } from "vitest";
import { missingDocumentLines, type ChecklistDocument } from "./intake-checklist";

const documents: ChecklistDocument[] = [
  { position: 1, name: "Tờ khai đăng ký khai sinh (theo mẫu)", form: "ORIGINAL", count: 1, optional: false },
  { position: 2, name: "Giấy chứng sinh", form: "ORIGINAL", count: 1, optional: false },
  { position: 3, name: "Văn bản ủy quyền", form: "CERTIFIED_COPY", count: 1, optional: true },
  { position: 4, name: "Sổ hộ khẩu", form: "COPY", count: 2, optional: false },
];

describe("the documents an intake leaves missing (form 02)", () => {
  it("pre-fills form 02 with the required documents not ticked, with their form and copies", () => {
    const ticks = {
      1: { received: true, count: 1 },
      2: { received: false, count: 1 },
      4: { received: false, count: 3 },
    };
    expect(missingDocumentLines(documents, ticks)).toEqual([
      "Giấy chứng sinh (bản chính)",
      "Sổ hộ khẩu (bản sao, 3 bản)",
    ]);
  });

  it("lists nothing when every required document is there (optional ones never count)", () => {
    const ticks = { 1: { received: true, count: 1 }, 2: { received: true, count: 1 }, 4: { received: true, count: 2 } };
    expect(missingDocumentLines(documents, ticks)).toEqual([]);
    expect(missingDocumentLines(documents, {})).toHaveLength(3);
  });
});
