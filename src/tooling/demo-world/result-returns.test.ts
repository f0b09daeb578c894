// The demo world's returns of results (issue 11): every returned dossier gets the row the return command would have
// written, valid by the domain's own rules, deterministic, and its history event carries no personal data.
import { describe, expect, it } from "vitest";
import { returnMethodRefusal, returnResultCommandSchema } from "@/domain/dossier";
import { demoCalendar } from "./demo-calendar";
import { generateDossiers, planGeneration, type GeneratedDossier } from "./dossiers";
import { demoResultReturn } from "./result-returns";
import { buildWorld } from "./world";

const cal = demoCalendar();
const UNTIL = new Date("2026-11-22T00:00:00+07:00");

function generate(limit: number): GeneratedDossier[] {
  const out: GeneratedDossier[] = [];
  const world = buildWorld(7);
  for (const batch of generateDossiers(world, cal, planGeneration(world, cal, { seed: 7, until: UNTIL, months: 3 }))) {
    out.push(...batch.dossiers);
    if (out.length >= limit) break;
  }
  return out;
}

describe("demo returns of results", { timeout: 60_000 }, () => {
  it("records every returned dossier's return by the domain's rules, the same on every run", () => {
    const dossiers = generate(800);
    const rows = dossiers.map((g) => ({ g, row: demoResultReturn(g) }));
    const returned = rows.filter(({ g }) => g.dossier.returnedAt !== null);
    expect(returned.length).toBeGreaterThan(100);
    for (const { g, row } of rows) {
      if (g.dossier.returnedAt === null) {
        expect(row).toBeNull();
        continue;
      }
      expect(row).not.toBeNull();
      const command = {
        type: "return_result",
        method: row!.method,
        resultNumber: row!.resultNumber,
        collectorKind: row!.collectorKind ?? undefined,
        collectorName: row!.collectorName ?? undefined,
        collectorRelation: row!.collectorRelation ?? undefined,
        authorisationPaper: row!.authorisationPaper ?? undefined,
        idDocumentKind: row!.idDocumentKind ?? undefined,
        idDocumentNumber: row!.idDocumentNumber ?? undefined,
      };
      const parsed = returnResultCommandSchema.safeParse(command);
      expect(parsed.error?.issues ?? [], g.dossier.code).toEqual([]);
      const facts = {
        postalReturnRequested: g.dossier.postalReturn || g.dossier.resultDelivery === "POST",
        electronicResultIssued: g.dossier.electronicResult,
      };
      expect(returnMethodRefusal(row!.method, facts), g.dossier.code).toBeNull();
      if (row!.method === "POST") expect(row!.postalShipmentId).not.toBeNull();
      const payload = g.events.findLast((e) => e.type === "return_result")!.payload!;
      expect(payload).toMatchObject({ method: row!.method, resultNumber: row!.resultNumber });
      if (row!.collectorName) expect(JSON.stringify(payload)).not.toContain(row!.collectorName);
    }
    const kinds = new Set(returned.map(({ row }) => row!.collectorKind));
    expect(kinds).toEqual(new Set(["APPLICANT", "AUTHORISED", null]));

    const again = generate(800).map((g) => demoResultReturn(g));
    expect(again).toEqual(rows.map(({ row }) => row));
  });
});
