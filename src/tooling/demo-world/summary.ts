// Per-unit timeliness, apology compliance and status counts of generated dossiers, letters and intake notices (the
// seeding summary, and the tests' yardstick). Compliance is judged as the lateness report judges it: against the
// statutory appointment, with the pure classifyLateDossierApology.
import { classifyLateDossierApology } from "@/domain/apology";
import { apologyCompliance, onTimeRate } from "@/domain/metrics";
import type { WorkingCalendar } from "@/domain/calendar";
import type { ApologyKind, ApologyStatus, IntakeNoticeKind } from "@/generated/prisma/client";
import { demoCalendar } from "./demo-calendar";
import type { GeneratedDossier } from "./dossiers";
import type { IntakeNoticeRow } from "./notices";
import type { World } from "./world";

export interface UnitTimeliness {
  unitCode: string;
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  /** (early + on time) ÷ resolved, the report formula; null when nothing was resolved. */
  onTimeRate: number | null;
  lateWithTimelyApology: number;
  lateWithLateApology: number;
  lateWithoutApology: number;
  /** Late dossiers held by an office with no head in the staff list: nobody could sign an apology for them. */
  lateWithoutHead: number;
  /** Late with a timely apology ÷ late; null when nothing was late. */
  apologyCompliance: number | null;
}

export interface ApologySummary {
  byStatus: Record<ApologyStatus, number>;
  /** Approved letters by kind. */
  approvedByKind: Record<ApologyKind, number>;
  /** Approved LATE letters by field code. */
  approvedLateByField: Record<string, number>;
}

export class SummaryStats {
  readonly statuses: Record<string, number> = {};
  readonly apologies: ApologySummary = {
    byStatus: { DRAFT: 0, APPROVED: 0, REJECTED: 0 },
    approvedByKind: { LATE: 0, RESULT_ERROR: 0 },
    approvedLateByField: {},
  };
  readonly notices: Record<IntakeNoticeKind, number> = { SUPPLEMENT_REQUEST: 0, REFUSAL: 0 };
  private readonly units = new Map<string, UnitTimeliness>();
  private readonly codes: Map<string, string>;
  private readonly fieldCodes: Map<string, string>;
  private readonly officesWithHead: Set<string>;

  constructor(
    world: World,
    private readonly cal: WorkingCalendar = demoCalendar(),
  ) {
    this.codes = new Map(world.units.map((u) => [u.id, u.seed.code]));
    this.fieldCodes = new Map(world.fields.map((f) => [f.id, f.code]));
    this.officesWithHead = new Set(
      world.units.flatMap((u) => [...u.offices.values()].filter((o) => o.head).map((o) => o.id)),
    );
  }

  add(dossiers: readonly GeneratedDossier[]): void {
    for (const { dossier, apologies } of dossiers) {
      this.statuses[dossier.status] = (this.statuses[dossier.status] ?? 0) + 1;
      const code = this.codes.get(dossier.receivedUnitId) ?? dossier.receivedUnitId;
      let unit = this.units.get(code);
      if (!unit) {
        unit = {
          unitCode: code,
          received: 0,
          resolved: 0,
          early: 0,
          onTime: 0,
          late: 0,
          onTimeRate: null,
          lateWithTimelyApology: 0,
          lateWithLateApology: 0,
          lateWithoutApology: 0,
          lateWithoutHead: 0,
          apologyCompliance: null,
        };
        this.units.set(code, unit);
      }
      unit.received++;
      if (dossier.timeliness) unit.resolved++;
      if (dossier.timeliness === "EARLY") unit.early++;
      if (dossier.timeliness === "ON_TIME") unit.onTime++;
      for (const letter of apologies) {
        this.apologies.byStatus[letter.status]++;
        if (letter.status !== "APPROVED") continue;
        this.apologies.approvedByKind[letter.kind]++;
        const field = this.fieldCodes.get(dossier.fieldId) ?? dossier.fieldId;
        if (letter.kind === "LATE")
          this.apologies.approvedLateByField[field] = (this.apologies.approvedLateByField[field] ?? 0) + 1;
      }
      const statutory = dossier.originalAppointmentAt ?? dossier.appointmentAt;
      if (dossier.timeliness === "LATE" && statutory) {
        unit.late++;
        if (!dossier.handlingOfficeId || !this.officesWithHead.has(dossier.handlingOfficeId)) unit.lateWithoutHead++;
        // As the lateness report reads it: the first approved letter.
        let issuedAt: Date | null = null;
        for (const l of apologies)
          if (l.status === "APPROVED" && l.decidedAt && (!issuedAt || l.decidedAt < issuedAt)) issuedAt = l.decidedAt;
        const verdict = classifyLateDossierApology(this.cal, {
          originalAppointmentAt: statutory,
          apologyIssuedAt: issuedAt,
        });
        if (verdict === "TIMELY_APOLOGY") unit.lateWithTimelyApology++;
        else if (verdict === "LATE_APOLOGY") unit.lateWithLateApology++;
        else unit.lateWithoutApology++;
      }
    }
  }

  addNotices(notices: readonly IntakeNoticeRow[]): void {
    for (const n of notices) this.notices[n.kind]++;
  }

  timeliness(): UnitTimeliness[] {
    return [...this.units.values()].map((u) => ({
      ...u,
      onTimeRate: onTimeRate(u),
      apologyCompliance: apologyCompliance({ late: u.late, lateWithTimelyApology: u.lateWithTimelyApology }),
    }));
  }
}
