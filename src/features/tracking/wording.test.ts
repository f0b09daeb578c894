import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../i18n/messages/tracking.en.json";
import vi from "../../i18n/messages/tracking.vi.json";
import type { TrackingView } from "@/domain/tracking/view-model";
import {
  actionWording,
  appointmentWording,
  formatPublicDateTime,
  timelineWording,
  timelinessWording,
  type Translate,
} from "./wording";

const translator = (locale: "vi" | "en"): Translate => {
  const t = createTranslator({ locale, messages: { tracking: locale === "vi" ? vi : en }, namespace: "tracking" });
  return (key, values) => (t as unknown as Translate)(key, values);
};
const t = translator("vi");
const iso = (local: string) => new Date(`${local}+07:00`).toISOString();
const unit = { name: "Phường Ngô Quyền", address: "Số 1 phố Phó Đức Chính" };

describe("tracking wording", () => {
  it("formats instants as dd/MM/yyyy HH:mm in Vietnam time", () => {
    expect(formatPublicDateTime("2026-04-23T03:05:00.000Z")).toBe("23/04/2026 10:05");
  });

  it("says 'đang tạm dừng' with what to supplement while a supplement pause is open", () => {
    const wording = appointmentWording(
      { kind: "paused", pauseKind: "SUPPLEMENT", since: iso("2026-05-05T09:00:00"), reason: "Bản sao sổ hộ khẩu" },
      t,
    );
    expect(wording.value).toBe("Đang tạm dừng");
    expect(wording.note).toContain("bổ sung: Bản sao sổ hộ khẩu");
    expect(wording.note).toContain("05/05/2026 09:00");
  });

  it("does not give a verification's reason, and shows a scheduled appointment or none", () => {
    expect(
      appointmentWording(
        { kind: "paused", pauseKind: "VERIFICATION", since: iso("2026-05-05T09:00:00"), reason: null },
        t,
      ).note,
    ).toMatch(/xác minh/);
    expect(appointmentWording({ kind: "scheduled", at: iso("2026-04-30T17:00:00") }, t)).toEqual({
      value: "30/04/2026 17:00",
      note: null,
    });
    expect(appointmentWording({ kind: "none" }, t).value).toBe("Chưa có");
  });

  it("words what to do politely ('4 xin, 4 luôn')", () => {
    expect(
      actionWording({ action: { kind: "supplement", reason: "Bản sao sổ hộ khẩu" }, receivingUnit: unit }, t),
    ).toMatch(/^Xin ông\/bà vui lòng bổ sung: Bản sao sổ hộ khẩu\. .*Phường Ngô Quyền/);
    // Online only where the page offers the upload form (an online registration not yet received).
    const supplement = { action: { kind: "supplement", reason: "Bản sao sổ hộ khẩu" }, receivingUnit: unit } as const;
    expect(actionWording(supplement, t)).not.toMatch(/trực tuyến|tải/);
    expect(actionWording(supplement, t, true)).toMatch(/tải giấy tờ bổ sung lên ngay dưới đây/);
    expect(
      actionWording({ action: { kind: "collect", place: unit.name, address: unit.address }, receivingUnit: unit }, t),
    ).toMatch(
      /^Kết quả đã sẵn sàng, xin mời ông\/bà đến nhận tại Bộ phận Một cửa Phường Ngô Quyền \(Số 1 phố Phó Đức Chính\)/,
    );
    expect(actionWording({ action: { kind: "wait" }, receivingUnit: unit }, t)).toMatch(/chưa cần làm gì/);
    expect(actionWording({ action: { kind: "none" }, receivingUnit: unit }, t)).toBeNull();
  });

  it("says whether a finished dossier was early, on time or late, and apologises for lateness", () => {
    const finished = (value: "EARLY" | "ON_TIME" | "LATE" | null): Pick<TrackingView, "timeliness"> => ({
      timeliness: { kind: "finished", finishedAt: iso("2026-05-08T14:00:00"), value },
    });
    expect(timelinessWording(finished("EARLY"), t)).toMatch(/^Đã giải quyết trước hạn \(xong lúc 08\/05\/2026 14:00\)/);
    expect(timelinessWording(finished("ON_TIME"), t)).toMatch(/đúng hạn/);
    expect(timelinessWording(finished("LATE"), t)).toMatch(/quá hạn.*xin lỗi/);
    expect(timelinessWording(finished(null), t)).toBeNull();
    expect(timelinessWording({ timeliness: { kind: "pending", value: "OVERDUE" } }, t)).toMatch(/xin lỗi/);
    expect(timelinessWording({ timeliness: null }, t)).toBeNull();
  });

  it("words timeline rows with their detail", () => {
    expect(
      timelineWording(
        { kind: "supplement_requested", at: iso("2026-05-05T09:00:00"), detail: "Bản sao sổ hộ khẩu", method: null },
        t,
      ),
    ).toEqual({
      label: "Đề nghị ông/bà bổ sung hồ sơ",
      detail: "Nội dung cần bổ sung: Bản sao sổ hộ khẩu",
    });
    expect(
      timelineWording({ kind: "returned", at: iso("2026-05-11T08:00:00"), detail: null, method: "POST" }, t).detail,
    ).toBe("Gửi qua bưu chính công ích");
  });

  it("has the same message keys in Vietnamese and English (English also words each status)", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
        : [prefix];
    expect(keys(vi)).toEqual(keys(en).filter((key) => !key.startsWith("status.")));
    expect(translator("en")("status.IN_PROCESSING.title")).toBe("In progress");
  });
});
