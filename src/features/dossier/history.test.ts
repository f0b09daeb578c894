// The history rows of the dossier page (issue 11): labels, never codes; the processing step on both sides.
import { describe, expect, it } from "vitest";
import { historyRows, returnFactsOf, type HistoryEvent } from "./history";

const FALLBACK = "Cập nhật hồ sơ";

describe("historyRows", () => {
  it("labels commands, apology letters and postal events, and falls back to a neutral label", () => {
    const events: HistoryEvent[] = [
      { type: "draft_apology", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING", payload: {} },
      { type: "approve_apology", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING", payload: {} },
      { type: "assign", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING", payload: {} },
      { type: "postal_delivered", fromStatus: null, toStatus: "RETURNED", payload: {} },
      { type: "some_future_event", fromStatus: null, toStatus: "RETURNED", payload: null },
    ];
    expect(historyRows(events, "vi", FALLBACK).map((row) => row.label)).toEqual([
      "Lập phiếu xin lỗi và hẹn lại ngày trả kết quả",
      "Ký phiếu xin lỗi, hẹn lại ngày trả kết quả",
      "Phân công xử lý",
      "Bưu điện phát kết quả",
      FALLBACK,
    ]);
  });

  it("shows the step that moved, from the payload or inherited from the row before", () => {
    const rows = historyRows(
      [
        {
          type: "transfer",
          fromStatus: "RECEIVED",
          toStatus: "IN_PROCESSING",
          payload: { fromStep: null, toStep: "AWAITING_ASSIGNMENT" },
        },
        { type: "assign", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING", payload: { toStep: "HANDLING" } },
        { type: "draft_apology", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING", payload: { apologyId: "x" } },
        { type: "approve", fromStatus: "IN_PROCESSING", toStatus: "RESULT_READY", payload: { fromStep: "HANDLING" } },
      ],
      "vi",
      FALLBACK,
    );
    expect(rows[0]).toMatchObject({ from: { status: "RECEIVED", step: null }, to: { step: "AWAITING_ASSIGNMENT" } });
    expect(rows[1]).toMatchObject({
      from: { status: "IN_PROCESSING", step: "AWAITING_ASSIGNMENT" },
      to: { status: "IN_PROCESSING", step: "HANDLING" },
      unchanged: false,
    });
    // An apology letter changes no status: the state shows once, with its step.
    expect(rows[2]).toMatchObject({ from: { step: "HANDLING" }, to: { step: "HANDLING" }, unchanged: true });
    expect(rows[3]).toMatchObject({ from: { step: "HANDLING" }, to: { status: "RESULT_READY", step: null } });
  });

  it("reads a return's facts for the row (method, collector's kind, result number, waybill), never raw codes", () => {
    const [row] = historyRows(
      [
        {
          type: "return_result",
          fromStatus: "RESULT_READY",
          toStatus: "RETURNED",
          payload: { type: "return_result", method: "DESK", collectorKind: "AUTHORISED", resultNumber: "125/GKS" },
        },
      ],
      "vi",
      FALLBACK,
    );
    expect(row).toMatchObject({
      label: "Trả kết quả",
      returned: { method: "DESK", collectorKind: "AUTHORISED", resultNumber: "125/GKS", waybill: null },
    });
    // Rows written before issue 11 carry only the method; an unknown method or another event has no facts.
    expect(returnFactsOf("return_result", { method: "POST" })).toEqual({
      method: "POST",
      collectorKind: null,
      resultNumber: null,
      waybill: null,
    });
    expect(returnFactsOf("return_result", { method: "PIGEON" })).toBeNull();
    expect(returnFactsOf("approve", { method: "DESK" })).toBeNull();
  });
});
