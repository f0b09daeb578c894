import { describe, expect, it } from "vitest";
import {
  apologyApproveActionInput,
  apologyBanner,
  apologyDraftActionInput,
  apologyPreviewInput,
  apologyRejectActionInput,
  draftChoice,
} from "./apology-form";

const at = (local: string) => new Date(`${local}+07:00`);

describe("apology letter forms", () => {
  it("reads the draft form: the domain's schema plus the dossier and its version", () => {
    const parsed = apologyDraftActionInput.safeParse({
      dossierId: "d1",
      expectedVersion: "4",
      kind: "LATE",
      reason: "  Chờ ý kiến xác minh của Công an phường ",
      extraWorkingDays: "2",
    });
    expect(parsed.success && parsed.data).toEqual({
      dossierId: "d1",
      expectedVersion: 4,
      kind: "LATE",
      reason: "Chờ ý kiến xác minh của Công an phường",
      extraWorkingDays: 2,
    });
    const refused = apologyDraftActionInput.safeParse({
      dossierId: "d1",
      expectedVersion: "",
      kind: "",
      reason: "ngắn",
      extraWorkingDays: "0",
    });
    expect(refused.success).toBe(false);
    const paths = refused.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["expectedVersion", "kind", "reason", "extraWorkingDays"]));
    expect(refused.error!.issues.find((issue) => issue.path[0] === "extraWorkingDays")?.message).toBe(
      "Phải hẹn thêm ít nhất 1 ngày làm việc.",
    );
  });

  it("reads the head's decisions and the preview", () => {
    expect(apologyApproveActionInput.parse({ apologyId: "a1", expectedVersion: "7" })).toEqual({
      apologyId: "a1",
      expectedVersion: 7,
    });
    expect(
      apologyRejectActionInput.safeParse({ apologyId: "a1", expectedVersion: "7", reason: "ít" }).error?.issues[0]
        ?.message,
    ).toBe("Xin vui lòng nêu lý do (ít nhất 5 ký tự).");
    expect(apologyPreviewInput.parse({ dossierId: "d1", kind: "LATE", extraWorkingDays: "3" })).toEqual({
      dossierId: "d1",
      kind: "LATE",
      extraWorkingDays: 3,
    });
  });

  it("offers the kinds the rules allow, else explains why with the refusal that fits the dossier", () => {
    expect(draftChoice({ LATE: null, RESULT_ERROR: "chỉ cho hồ sơ đã có kết quả" }, false)).toEqual({
      kinds: ["LATE"],
      refusal: null,
    });
    expect(draftChoice({ LATE: "còn trong hạn", RESULT_ERROR: "chỉ cho hồ sơ đã có kết quả" }, false)).toEqual({
      kinds: [],
      refusal: "còn trong hạn",
    });
    expect(draftChoice({ LATE: "đang giải quyết", RESULT_ERROR: "đã hẹn lại 1 lần" }, true)).toEqual({
      kinds: [],
      refusal: "đã hẹn lại 1 lần",
    });
  });

  it("words the urgency banner", () => {
    expect(apologyBanner("DUE", at("2026-05-08T17:00:00"))).toEqual({
      tone: "warning",
      text: "Cần lập phiếu xin lỗi trước 17:00 08/05/2026",
    });
    expect(apologyBanner("LATE", at("2026-05-08T17:00:00"))).toEqual({
      tone: "danger",
      text: "Đã quá hạn lập phiếu xin lỗi",
    });
    expect(apologyBanner("NONE", null)).toBeNull();
  });
});
