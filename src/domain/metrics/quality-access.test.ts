// Who records the quality score of a dossier (Nghị định 61/2018/NĐ-CP Art. 31–33; src/domain/metrics/quality-access.ts).
import { describe, expect, it } from "vitest";
import {
  missingReasons,
  parseStoredPoints,
  qualityAppraisePermission,
  qualitySelfScoreInput,
  qualitySelfScorePermission,
} from "./quality-access";

const dossier = { status: "RETURNED", handlingOfficeId: "justice", receivedUnitId: "ward", decidingUnitId: "ward" };
const head = { role: "DEPARTMENT_HEAD" as const, unitId: "ward", officeId: "justice" };
const inspector = { role: "INSPECTOR" as const, unitId: "town", officeId: null };
const all = (p: 0 | 1 | 2) => ({ 1: p, 2: p, 3: p, 4: p, 5: p, 6: p, 7: p, 8: p, 9: p }) as const;

describe("quality score permissions", () => {
  it("lets only the head of the handling office self-score, once the dossier has its result", () => {
    expect(qualitySelfScorePermission(head, dossier)).toEqual({ ok: true });
    expect(qualitySelfScorePermission({ ...head, officeId: "land" }, dossier)).toMatchObject({ reason: "not_found" });
    expect(qualitySelfScorePermission({ ...head, role: "OFFICER" }, dossier)).toMatchObject({ reason: "not_found" });
    expect(qualitySelfScorePermission(head, { ...dossier, status: "IN_PROCESSING" })).toMatchObject({ reason: "rule" });
  });

  it("lets the inspector of the unit or of a unit above it appraise, after the self-score", () => {
    expect(qualityAppraisePermission(inspector, dossier, true, ["town"])).toEqual({ ok: true });
    expect(qualityAppraisePermission(inspector, dossier, true, [])).toMatchObject({ reason: "not_found" });
    expect(qualityAppraisePermission(inspector, dossier, false, ["town"])).toMatchObject({ reason: "rule" });
    expect(qualityAppraisePermission({ ...inspector, role: "LEADERSHIP" }, dossier, true, ["town"])).toMatchObject({
      reason: "not_found",
    });
  });
});

describe("quality score forms and stored points", () => {
  it("accepts 0, 1 or 2 for each indicator and nothing else", () => {
    const base = { dossierId: "d1", p1: "2", p2: "1", p3: "0", p4: "2", p5: "1", p6: "1", p7: "2", p8: "2", p9: "0" };
    expect(qualitySelfScoreInput.safeParse(base).success).toBe(true);
    expect(qualitySelfScoreInput.safeParse({ ...base, p4: "3" }).success).toBe(false);
    expect(qualitySelfScoreInput.safeParse({ ...base, p4: "1.0" }).success).toBe(false);
    expect(qualitySelfScoreInput.safeParse({ ...base, p4: undefined }).success).toBe(false);
  });

  it("reads stored points back only when all nine are 0–2", () => {
    expect(parseStoredPoints({ 1: 2, 2: 1, 3: 0, 4: 2, 5: 1, 6: 1, 7: 2, 8: 2, 9: 0 })).toMatchObject({ 1: 2, 9: 0 });
    expect(parseStoredPoints({ 1: 2 })).toBeNull();
    expect(parseStoredPoints([2, 2])).toBeNull();
  });

  it("names the changed indicators that have no reason", () => {
    expect(missingReasons(all(2), { ...all(2), 3: 1, 6: 0 }, { 3: "Quay lại một lần" })).toEqual([6]);
    expect(missingReasons(all(2), all(2), {})).toEqual([]);
    expect(missingReasons(all(2), { ...all(2), 1: 1 }, { 1: "   " })).toEqual([1]);
  });
});
