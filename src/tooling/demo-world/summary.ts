// Per-unit timeliness and status counts of generated dossiers (the seeding summary, and the tests' yardstick).
import type { GeneratedDossier } from "./dossiers";
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
}

export class SummaryStats {
  readonly statuses: Record<string, number> = {};
  private readonly units = new Map<string, UnitTimeliness>();
  private readonly codes: Map<string, string>;

  constructor(world: World) {
    this.codes = new Map(world.units.map((u) => [u.id, u.seed.code]));
  }

  add(dossiers: readonly GeneratedDossier[]): void {
    for (const { dossier } of dossiers) {
      this.statuses[dossier.status] = (this.statuses[dossier.status] ?? 0) + 1;
      const code = this.codes.get(dossier.receivedUnitId) ?? dossier.receivedUnitId;
      let unit = this.units.get(code);
      if (!unit) {
        unit = { unitCode: code, received: 0, resolved: 0, early: 0, onTime: 0, late: 0, onTimeRate: null };
        this.units.set(code, unit);
      }
      unit.received++;
      if (dossier.timeliness) unit.resolved++;
      if (dossier.timeliness === "EARLY") unit.early++;
      if (dossier.timeliness === "ON_TIME") unit.onTime++;
      if (dossier.timeliness === "LATE") unit.late++;
    }
  }

  timeliness(): UnitTimeliness[] {
    return [...this.units.values()].map((u) => ({ ...u, onTimeRate: u.resolved > 0 ? (u.early + u.onTime) / u.resolved : null }));
  }
}
