// Nguy cơ trễ hạn read from the database (src/server/data/finish-estimate.ts; method in
// src/domain/forecast/finish-estimate.ts): each pending dossier is judged with the model learned from ITS deciding
// unit's finished dossiers only. Two units with opposite histories (two weeks against two hours from reception to the
// finish) and a third with none: the same kind of pending dossier is at risk, not at risk, and without an estimate.
import { beforeAll, describe, expect, it } from "vitest";
import { atRiskMarks, finishEstimates } from "../../src/server/data/finish-estimate";
import { useTestDb } from "../support/db";
import { at, createTestWorld, type TestWorld } from "../support/fixtures";

describe("finish estimates per deciding unit", () => {
  const db = useTestDb();
  let world: TestWorld;
  let serial = 0;
  const now = at("2026-06-15T09:00:00");

  /** A dossier of `unitId` received at `receivedAt` (its reception event too), finished at `finishedAt` if given. */
  async function dossier(
    unitId: string,
    receivedAt: Date,
    finish: { finishedAt: Date } | { appointmentAt: Date },
  ): Promise<string> {
    serial += 1;
    const finished = "finishedAt" in finish;
    const created = await db.dossier.create({
      data: {
        code: `${world.tag}-FE-${serial}`,
        procedureId: world.procedure.id,
        procedureVersionId: world.procedureVersion.id,
        fieldId: world.field.id,
        channel: "DIRECT",
        receivedUnitId: unitId,
        decidingUnitId: unitId,
        applicantName: "Nguyễn Văn An",
        applicantIdNumber: "001090000001",
        applicantPhone: "0912345678",
        applicantAddress: "Phường Lê Lợi, Sơn Tây",
        trackingKey: `fe-${world.tag}-${serial}`,
        submittedAt: receivedAt,
        receivedAt,
        status: finished ? "RESULT_READY" : "RECEIVED",
        ...(finished ? { finishedAt: finish.finishedAt } : { appointmentAt: finish.appointmentAt }),
      },
    });
    await db.dossierEvent.create({
      data: { dossierId: created.id, type: "receive", toStatus: "RECEIVED", at: receivedAt },
    });
    return created.id;
  }

  let slow: string;
  let quick: string;
  let unknown: string;

  beforeAll(async () => {
    world = await createTestWorld(db);
    for (let i = 0; i < 6; i++) {
      const receivedAt = at(`2026-05-0${4 + (i % 3)}T08:00:00`);
      // The ward finishes two weeks after reception, the other ward two hours after.
      await dossier(world.ward.id, receivedAt, { finishedAt: new Date(receivedAt.getTime() + 14 * 86_400_000) });
      await dossier(world.otherWard.id, receivedAt, { finishedAt: new Date(receivedAt.getTime() + 2 * 3_600_000) });
    }
    const receivedAt = at("2026-06-15T08:00:00");
    const appointmentAt = at("2026-06-18T09:00:00");
    slow = await dossier(world.ward.id, receivedAt, { appointmentAt });
    quick = await dossier(world.otherWard.id, receivedAt, { appointmentAt });
    unknown = await dossier(world.town.id, receivedAt, { appointmentAt });
  });

  it("judges each pending dossier by its own unit's history", async () => {
    const estimates = await finishEstimates([slow, quick, unknown], now);
    const slowEstimate = estimates.get(slow);
    expect(slowEstimate).toMatchObject({ kind: "estimate", atRisk: true, sampleSize: 6 });
    const quickEstimate = estimates.get(quick);
    expect(quickEstimate).toMatchObject({ kind: "estimate", atRisk: false, sampleSize: 6 });
    // Two hours after reception at the latest (from an hour in, the samples still open are the two-hour ones).
    if (quickEstimate?.kind === "estimate")
      expect(quickEstimate.estimatedAt.getTime()).toBeLessThanOrEqual(at("2026-06-15T10:00:00").getTime());
    expect(estimates.get(unknown)).toEqual({ kind: "none", reason: "no-history" });

    const marks = await atRiskMarks([slow, quick, unknown], now);
    expect([...marks.keys()]).toEqual([slow]);
  });
});
