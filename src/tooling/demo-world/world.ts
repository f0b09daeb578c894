// The demo world's fixed part (units, offices, fields, procedures, staff) resolved into rows with deterministic ids,
// plus the look-ups the dossier generator needs. Pure: no database.
import type { FeeTiming, OnlineServiceClass, Role } from "@/generated/prisma/client";
import {
  ALL_UNITS,
  COUNTERS,
  FIELDS,
  LEADERSHIP_OFFICE_CODE,
  officesOf,
  PROCEDURES,
  RECEPTION_OFFICE_CODE,
  REFORM_DAY,
  type CounterSeed,
  type DocumentSeed,
  type FieldCode,
  type OfficeSeed,
  type ProcedureSeed,
  type UnitSeed,
  type VersionSeed,
} from "./catalogue";
import { demoStaff, type StaffSeed } from "./people";
import { Random } from "./random";

export interface WorldUser extends StaffSeed {
  id: string;
  unitId: string;
  officeId: string | null;
}

export interface WorldOffice extends OfficeSeed {
  id: string;
  unitId: string;
  head: WorldUser | null;
  officers: WorldUser[];
}

export interface WorldCounter extends CounterSeed {
  id: string;
  officeId: string;
}

export interface WorldUnit {
  id: string;
  parentId: string | null;
  /** The unit that continues it after 30/06/2025 (null while it exists). */
  successorId: string | null;
  seed: UnitSeed;
  /** Desk counters of its service centre (2025 units). */
  counters: WorldCounter[];
  offices: Map<string, WorldOffice>;
  receptionists: WorldUser[];
  leader: WorldUser | null;
}

export interface WorldDocument extends Required<Omit<DocumentSeed, "paper">> {
  id: string;
  paper: DocumentSeed["paper"] | null;
  position: number;
  /** May be uploaded when filed online (docs/domain.md, "Online service of a procedure"). */
  uploadable: boolean;
}

export interface WorldVersion {
  id: string;
  version: number;
  /** yyyy-MM-dd */
  effectiveFrom: string;
  /** yyyy-MM-dd, exclusive; null while in force. */
  effectiveTo: string | null;
  seed: VersionSeed;
  handlingOfficeCode: string;
  onlineClass: OnlineServiceClass;
  fullOnlineEligible: boolean;
  feeTiming: FeeTiming;
  postalIntakeAllowed: boolean;
  documents: WorldDocument[];
}

export interface WorldProcedure {
  id: string;
  seed: ProcedureSeed;
  fieldId: string;
  fieldCode: FieldCode;
  versions: WorldVersion[];
}

export interface WorldField {
  id: string;
  code: FieldCode;
  name: string;
}

export interface World {
  units: WorldUnit[];
  unitsByCode: Map<string, WorldUnit>;
  fields: WorldField[];
  procedures: WorldProcedure[];
  users: WorldUser[];
}

/** Nghị định 42/2022 class from the old level: 4 → toàn trình, 3 → một phần, otherwise none. */
export function onlineClassOf(level: number): OnlineServiceClass {
  return level >= 4 ? "FULL" : level === 3 ? "PARTIAL" : "NONE";
}

/** Free → exempt; otherwise as the version says, by default before intake. */
export function feeTimingOf(v: VersionSeed): FeeTiming {
  return v.fee === 0 && v.charge === 0 ? "EXEMPT" : (v.feeTiming ?? "BEFORE_INTAKE");
}

/**
 * Whether a component may be uploaded when filed online: toàn trình takes every component as a file (identity comes
 * from the verified account); một phần takes all but the papers that must be shown or handed in; none takes nothing.
 */
export function uploadableIn(onlineClass: OnlineServiceClass, document: DocumentSeed): boolean {
  return onlineClass === "FULL" || (onlineClass === "PARTIAL" && document.paper === undefined);
}

/** Postal intake: as the version says, else where the result may go by post and nothing must be shown in person. */
export function postalIntakeOf(v: VersionSeed): boolean {
  return v.postalIntake ?? (v.postalAllowed && v.documents.every((d) => d.paper !== "present"));
}

/** Builds the world's fixed rows; ids depend only on the seed, so the same seed gives the same ids. */
export function buildWorld(seed: number): World {
  const ids = new Random(seed).fork("ids");
  const unitsByCode = new Map<string, WorldUnit>();
  const units = ALL_UNITS.map((unitSeed): WorldUnit => {
    const unitId = ids.id();
    const officeSeeds: readonly OfficeSeed[] = officesOf(unitSeed);
    const offices = new Map(
      officeSeeds.map((o) => [o.code, { ...o, id: ids.id(), unitId, head: null, officers: [] } as WorldOffice]),
    );
    const unit: WorldUnit = {
      id: unitId,
      parentId: null,
      successorId: null,
      seed: unitSeed,
      counters: [],
      offices,
      receptionists: [],
      leader: null,
    };
    unitsByCode.set(unitSeed.code, unit);
    return unit;
  });
  const idOf = (code: string | null | undefined): string | null => {
    if (!code) return null;
    const unit = unitsByCode.get(code);
    if (!unit) throw new Error(`Unknown unit code ${code}`);
    return unit.id;
  };
  for (const unit of units) {
    unit.parentId = idOf(unit.seed.parentCode);
    unit.successorId = idOf(unit.seed.successorCode);
    const desk = unit.offices.get(RECEPTION_OFFICE_CODE);
    if (desk) unit.counters = (COUNTERS[unit.seed.code] ?? []).map((c) => ({ ...c, id: ids.id(), officeId: desk.id }));
  }

  const placed = (username: string, unitCode: string, officeCode: string | null) => {
    const unit = unitsByCode.get(unitCode);
    if (!unit) throw new Error(`Staff ${username}: unknown unit ${unitCode}`);
    const office = officeCode ? unit.offices.get(officeCode) : undefined;
    if (officeCode && !office) throw new Error(`Staff ${username}: unknown office ${officeCode} in ${unitCode}`);
    return { unit, office };
  };
  const users = demoStaff().map((staff): WorldUser => {
    const { unit, office } = placed(staff.username, staff.unitCode, staff.officeCode);
    const user: WorldUser = { ...staff, id: ids.id(), unitId: unit.id, officeId: office?.id ?? null };
    attachStaff(unit, office, user);
    return user;
  });

  const fieldCodes = Object.keys(FIELDS) as FieldCode[];
  const fields = fieldCodes.map((code) => ({ id: ids.id(), code, name: FIELDS[code] }));
  const fieldIds = new Map(fields.map((f) => [f.code, f.id]));

  const procedures = PROCEDURES.map((p): WorldProcedure => {
    const versions = p.versions.map((v, i): WorldVersion => {
      const onlineClass = onlineClassOf(v.onlineLevel);
      return {
        id: ids.id(),
        version: i + 1,
        effectiveFrom: v.effectiveFrom,
        effectiveTo: p.versions[i + 1]?.effectiveFrom ?? null,
        seed: v,
        handlingOfficeCode: v.handlingOfficeCode,
        onlineClass,
        fullOnlineEligible: v.onlineLevel >= 4 || v.fullOnlineEligible === true,
        feeTiming: feeTimingOf(v),
        postalIntakeAllowed: postalIntakeOf(v),
        documents: v.documents.map((d, position) => ({
          id: ids.id(),
          position: position + 1,
          name: d.name,
          form: d.form,
          count: d.count ?? 1,
          optional: d.optional ?? false,
          paper: d.paper ?? null,
          uploadable: uploadableIn(onlineClass, d),
        })),
      };
    });
    return { id: ids.id(), seed: p, fieldId: fieldIds.get(p.field) ?? "", fieldCode: p.field, versions };
  });

  assertConsistent(units, procedures, users);
  return { units, unitsByCode, fields, procedures, users };
}

function attachStaff(unit: WorldUnit, office: WorldOffice | undefined, user: WorldUser): void {
  const role: Role = user.role;
  if (role === "RECEPTIONIST") unit.receptionists.push(user);
  else if (role === "LEADERSHIP" && !unit.leader) unit.leader = user;
  else if (role === "DEPARTMENT_HEAD" && office) office.head = user;
  else if (role === "OFFICER" && office) office.officers.push(user);
}

/** The units that received a procedure's dossiers under a version: before 1/7/2025 those of its old level, after it the 2025 communes. */
export function unitsFor(units: readonly WorldUnit[], procedure: WorldProcedure, version: WorldVersion): WorldUnit[] {
  if (version.effectiveFrom >= REFORM_DAY) return units.filter((u) => u.seed.effectiveFrom !== undefined);
  return units.filter((u) => u.seed.effectiveTo !== undefined && u.seed.level === procedure.seed.level);
}

/** Catches catalogue mistakes early: every version's office must exist, with staff, in every unit that used it. */
function assertConsistent(units: WorldUnit[], procedures: WorldProcedure[], users: WorldUser[]): void {
  const usernames = new Set<string>();
  for (const u of users) {
    if (usernames.has(u.username)) throw new Error(`Duplicate demo username ${u.username}`);
    usernames.add(u.username);
    const unit = units.find((x) => x.id === u.unitId);
    if (u.active && unit?.seed.effectiveTo) throw new Error(`Active demo login ${u.username} in a closed unit`);
  }
  const codes = new Set<string>();
  for (const p of procedures) {
    if (codes.has(p.seed.code)) throw new Error(`Duplicate procedure code ${p.seed.code}`);
    codes.add(p.seed.code);
    for (const v of p.versions)
      for (const unit of unitsFor(units, p, v)) {
        const office = unit.offices.get(v.handlingOfficeCode);
        if (!office || office.officers.length === 0 || !office.head) {
          throw new Error(
            `Procedure ${p.seed.code} v${v.version}: office ${v.handlingOfficeCode} missing or unstaffed in ${unit.seed.code}`,
          );
        }
      }
  }
  for (const unit of units.filter((u) => u.seed.level !== "PROVINCE")) {
    if (!unit.offices.has(RECEPTION_OFFICE_CODE) || !unit.offices.has(LEADERSHIP_OFFICE_CODE))
      throw new Error(`Unit ${unit.seed.code} lacks its desk or leadership`);
    if (unit.receptionists.length === 0 || !unit.leader)
      throw new Error(`Unit ${unit.seed.code} lacks a receptionist or a leader`);
  }
}

/** The version of a procedure in force on a local date (versions are sorted by effectiveFrom). */
export function versionOn(procedure: WorldProcedure, date: string): WorldVersion {
  let found: WorldVersion | undefined;
  for (const v of procedure.versions) if (v.effectiveFrom <= date) found = v;
  return found ?? (procedure.versions[0] as WorldVersion);
}
