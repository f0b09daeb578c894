import { describe, expect, it } from "vitest";
import { publicEventKind, publicTimeline, PUBLIC_EVENT_KINDS, type HistoryEvent } from "./public-timeline";
import en from "../../i18n/messages/tracking.en.json";
import vi from "../../i18n/messages/tracking.vi.json";

const at = (local: string) => new Date(`${local}+07:00`);
const event = (type: string, when: string, extra: Partial<HistoryEvent> = {}): HistoryEvent => ({
  type,
  at: at(when),
  toStatus: null,
  reason: null,
  payload: null,
  ...extra,
});

describe("the citizen's timeline", () => {
  it("keeps the citizen-meaningful steps of a full life and drops internal ones", () => {
    const history: HistoryEvent[] = [
      event("register", "2026-05-04T08:00:00", { toStatus: "RECEIVED", payload: { channel: "DIRECT" } }),
      event("transfer", "2026-05-04T08:00:00", { toStatus: "IN_PROCESSING", payload: { toOfficeId: "office-1" } }),
      event("assign", "2026-05-04T09:00:00", { toStatus: "IN_PROCESSING", payload: { officerId: "user-7" } }),
      event("request_supplement", "2026-05-05T09:00:00", {
        toStatus: "WAITING_SUPPLEMENT",
        reason: "Giấy xác nhận tình trạng hôn nhân đã quá 6 tháng",
      }),
      event("record_supplement", "2026-05-07T09:00:00", {
        toStatus: "IN_PROCESSING",
        payload: { note: "ghi chú nội bộ" },
      }),
      event("forward", "2026-05-07T14:00:00", { toStatus: "IN_PROCESSING", payload: { note: "Đề nghị xác minh" } }),
      event("start_verification", "2026-05-07T15:00:00", {
        toStatus: "IN_PROCESSING",
        reason: "Xác minh tại nhà ông Nguyễn Văn A",
      }),
      event("end_verification", "2026-05-08T08:00:00", { toStatus: "IN_PROCESSING", reason: "Đã xác minh" }),
      event("submit_for_approval", "2026-05-08T09:00:00", { toStatus: "IN_PROCESSING" }),
      event("send_back", "2026-05-08T09:30:00", { toStatus: "IN_PROCESSING", reason: "Sửa lại dự thảo" }),
      event("approve", "2026-05-08T10:00:00", { toStatus: "IN_PROCESSING" }),
      event("approve", "2026-05-08T14:00:00", { toStatus: "RESULT_READY" }),
      event("return_result", "2026-05-11T08:00:00", {
        toStatus: "RETURNED",
        payload: { type: "return_result", method: "DESK" },
      }),
    ];
    expect(publicTimeline(history)).toEqual([
      { kind: "received", at: at("2026-05-04T08:00:00").toISOString(), detail: null, method: null },
      { kind: "in_processing", at: at("2026-05-04T08:00:00").toISOString(), detail: null, method: null },
      {
        kind: "supplement_requested",
        at: at("2026-05-05T09:00:00").toISOString(),
        detail: "Giấy xác nhận tình trạng hôn nhân đã quá 6 tháng",
        method: null,
      },
      { kind: "supplement_received", at: at("2026-05-07T09:00:00").toISOString(), detail: null, method: null },
      { kind: "verification_started", at: at("2026-05-07T15:00:00").toISOString(), detail: null, method: null },
      { kind: "verification_ended", at: at("2026-05-08T08:00:00").toISOString(), detail: null, method: null },
      { kind: "result_ready", at: at("2026-05-08T14:00:00").toISOString(), detail: null, method: null },
      { kind: "returned", at: at("2026-05-11T08:00:00").toISOString(), detail: null, method: "DESK" },
    ]);
  });

  it("never carries staff reasons, notes or ids into the public timeline", () => {
    const json = JSON.stringify(
      publicTimeline([
        event("start_verification", "2026-05-07T15:00:00", { reason: "Xác minh tại nhà ông Nguyễn Văn A" }),
        event("send_back", "2026-05-08T09:30:00", { reason: "Sửa lại dự thảo" }),
        event("stop", "2026-05-09T09:30:00", { toStatus: "STOPPED", reason: "Lý do nội bộ" }),
        event("assign", "2026-05-04T09:00:00", { payload: { officerId: "user-7" } }),
      ]),
    );
    expect(json).not.toMatch(/Nguyễn|dự thảo|nội bộ|user-7/);
  });

  it("tells online registration from receipt, and finds the result whatever command produced it", () => {
    expect(publicEventKind({ type: "register", toStatus: "REGISTERED_ONLINE" })).toBe("registered_online");
    expect(publicEventKind({ type: "register", toStatus: "RECEIVED" })).toBe("received");
    expect(publicEventKind({ type: "receive", toStatus: "RECEIVED" })).toBe("received");
    expect(publicEventKind({ type: "approve", toStatus: "RESULT_READY" })).toBe("result_ready");
    expect(publicEventKind({ type: "approve", toStatus: "IN_PROCESSING" })).toBeNull();
    expect(publicEventKind({ type: "refuse", toStatus: "REFUSED" })).toBe("refused");
    expect(publicEventKind({ type: "withdraw", toStatus: "WITHDRAWN" })).toBe("withdrawn");
  });

  it("shows the financial request's content, ignores a malformed return method and blank reasons", () => {
    expect(
      publicTimeline([
        event("request_financial", "2026-05-05T09:00:00", { reason: "Lệ phí trước bạ 500.000 đồng" }),
        event("request_supplement", "2026-05-05T10:00:00", { reason: "   " }),
        event("return_result", "2026-05-11T08:00:00", { payload: { method: "PIGEON" } }),
      ]).map((entry) => [entry.kind, entry.detail, entry.method]),
    ).toEqual([
      ["financial_requested", "Lệ phí trước bạ 500.000 đồng", null],
      ["supplement_requested", null, null],
      ["returned", null, null],
    ]);
  });

  it("has a wording for every public kind in both languages", () => {
    for (const kind of PUBLIC_EVENT_KINDS) {
      expect(vi.timeline[kind], kind).toEqual(expect.any(String));
      expect(en.timeline[kind], kind).toEqual(expect.any(String));
    }
  });
});
