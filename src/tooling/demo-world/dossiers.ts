// The dossier generator: a year (or any number of months) of dossiers, streamed one day at a time so that huge
// worlds (benchmarks with millions of dossiers) never sit in memory. Each dossier's whole life is planned first
// (receipt, transfer, assignment, maybe a forward and a supplement pause, approval, return), then cut at `until`:
// what happened before it is history (events, hand-offs, pauses), what comes after has not happened yet, so the
// most recent dossiers are still open. Appointments and timeliness come from the working-day engine.
import { TZDate } from "@date-fns/tz";
import { intakeNoticeAuditAction } from "@/domain/audit";
import { DOSSIER_COMMAND_TYPES } from "@/domain/dossier";
import { allotWorkingTime, splitStepDeadlines } from "@/domain/dossier/step-budget";
import {
  addCalendarDays,
  addWorkingTime,
  classifyFinished,
  computeAppointment,
  dayOfWeek,
  isWorkingDay,
  localDateTime,
  officeWindowsOn,
  parseClockTime,
  parseLocalDate,
  standardWorkingDayMs,
  toLocalDate,
  workingTimeBetween,
  type LocalDate,
  type PauseInterval,
  type StatutoryDuration,
  type WorkingCalendar,
} from "@/domain/calendar";
import type {
  ApplicantKind,
  Channel,
  DossierStatus,
  PauseKind,
  ProcessingStep,
  ResultDelivery,
  ResultKind,
  Timeliness,
} from "@/generated/prisma/client";
import {
  FIELD_LATE_FACTOR,
  LUNAR_NEW_YEAR_DAYS,
  MONTH_DEMAND,
  RECEPTION_OFFICE_CODE,
  unitInForce,
  WEEKDAY_DEMAND,
  YEARLY_DOSSIERS,
  type FieldCode,
} from "./catalogue";
import {
  apologyNumber,
  cutPlans,
  letterEvents,
  letterRows,
  planLateApology,
  planPendingDraft,
  planResultErrorApology,
  type ApologyContext,
  type ApologyLetterRow,
  type LetterPlan,
} from "./apologies";
import {
  COMPANY_KINDS,
  COMPANY_NAMES,
  DENIAL_REASONS,
  EMAIL_DOMAINS,
  FORWARD_REASONS,
  SUPPLEMENT_REASONS,
} from "./names";
import { generateIntakeNotices, intakeNoticeNumber, type AuditRow, type IntakeNoticeRow } from "./notices";
import {
  OnlineLedger,
  onlineRows,
  pickDelivery,
  ratesOn,
  type ContactRow,
  type DocumentRow,
  type OnlineRows,
  type UnitRates,
  type WaybillRow,
} from "./online";
import { randomMobile, randomPersonName, toAscii } from "./people";
import { Random } from "./random";
import {
  versionOn,
  type World,
  type WorldOffice,
  type WorldProcedure,
  type WorldUnit,
  type WorldUser,
  type WorldVersion,
} from "./world";

// ─── Rows ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface DossierRow {
  id: string;
  code: string;
  procedureId: string;
  procedureVersionId: string;
  fieldId: string;
  channel: Channel;
  receivedUnitId: string;
  decidingUnitId: string;
  handlingOfficeId: string | null;
  /** Null while an online registration waits in the desk's queue. */
  receivedById: string | null;
  assigneeId: string | null;
  applicantKind: ApplicantKind;
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  applicantEmail: string | null;
  applicantAddress: string;
  trackingKey: string;
  submittedAt: Date;
  /** Null while an online registration waits in the desk's queue. */
  receivedAt: Date | null;
  appointmentAt: Date | null;
  /** The statutory appointment once an apology letter moved it (null while never rescheduled). */
  originalAppointmentAt: Date | null;
  rescheduleCount: number;
  calendarRevision: number | null;
  appointmentNote: string | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  status: DossierStatus;
  processingStep: ProcessingStep | null;
  resultKind: ResultKind | null;
  timeliness: Timeliness | null;
  feeAmount: number;
  feePaidOnline: boolean;
  digitised: boolean;
  dataReused: boolean;
  electronicResult: boolean;
  postalReturn: boolean;
  resultDelivery: ResultDelivery;
  submittedContactId: string | null;
  /** Online dossiers: 8 working hours after submission (setting onlineIntakeHours). */
  intakeDueAt: Date | null;
}

export type { DocumentRow };

export interface EventRow {
  dossierId: string;
  at: Date;
  actorId: string | null;
  type: string;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  reason: string | null;
  payload: Record<string, unknown> | null;
}

export interface PauseRow {
  id: string;
  dossierId: string;
  kind: PauseKind;
  reason: string;
  startedAt: Date;
  endedAt: Date | null;
  requestedByOfficeId: string;
  requestedById: string;
  endedById: string | null;
}

export interface HandoffRow {
  id: string;
  dossierId: string;
  sequence: number;
  fromOfficeId: string;
  toOfficeId: string;
  fromUserId: string | null;
  toUserId: string | null;
  sentAt: Date;
  dueAt: Date;
  completedAt: Date | null;
  timeliness: Timeliness | null;
  note: string | null;
}

export interface GeneratedDossier extends OnlineRows {
  dossier: DossierRow;
  events: EventRow[];
  pauses: PauseRow[];
  handoffs: HandoffRow[];
  /** Apology letters (form 04), as they stand at the period's end. */
  apologies: ApologyLetterRow[];
}

/**
 * One receipt day of the whole world: its dossiers, the last code number per receiving unit, and the desks' intake
 * notices. A dossier with an approved apology letter comes in the batch of the day the letter was signed (letters
 * are numbered per unit and day of signing, so the whole day must be known first), not of its receipt.
 */
export interface DayBatch {
  date: LocalDate;
  dossiers: GeneratedDossier[];
  sequences: { unitId: string; day: LocalDate; lastValue: number }[];
  notices: IntakeNoticeRow[];
  audits: AuditRow[];
  /** Verified contacts first used this day, and waybills taken from the units' pools (the last batch: the spares). */
  contacts: ContactRow[];
  waybills: WaybillRow[];
}

// ─── Plan: which days, how many dossiers per unit and day ───────────────────────────────────────────────────────

export interface GenerationOptions {
  seed: number;
  /** The simulated "now": the period ends here and later steps have not happened yet. */
  until: Date;
  /** Months of history before `until`. */
  months: number;
  /** Total dossiers to aim for over the period; default ≈ YEARLY_DOSSIERS scaled to `months`. */
  dossiers?: number;
}

export interface GenerationPlan {
  options: Required<GenerationOptions>;
  firstDay: LocalDate;
  /** Local date of `until` (included: dossiers received on it before `until` count). */
  lastDay: LocalDate;
  /**
   * Expected dossiers per receiving unit over the period, as if it existed throughout (a unit receives only on the
   * days it exists: the old ones until 30/06/2025, the 2025 ones from 01/07/2025).
   */
  targets: Map<string, number>;
  /** Share of a unit's dossiers from the former town-level catalogue (1 for the town, 0 for the old wards). */
  townShares: Map<string, number>;
  /** Sum of day weights over the period (to turn a target into a daily mean). */
  totalDayWeight: number;
}

/** Default total for a period: the source articles' yearly volumes, pro rata. */
export function defaultDossierCount(months: number): number {
  return Math.round(((YEARLY_DOSSIERS.town + YEARLY_DOSSIERS.wards) * months) / 12);
}

/** The local date `months` calendar months before `date` (day clamped to the month's length). */
export function monthsBefore(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}

/** Relative demand of a local date: month, weekday, the Tết dip (and the rush before it); 0 on days off. */
export function dayWeight(cal: WorkingCalendar, date: LocalDate): number {
  if (!isWorkingDay(cal, date)) return 0;
  const { month } = parseLocalDate(date);
  let weight = (MONTH_DEMAND[month - 1] ?? 1) * (WEEKDAY_DEMAND[dayOfWeek(date)] ?? 1);
  for (const tet of LUNAR_NEW_YEAR_DAYS) {
    const offset = (Date.parse(date) - Date.parse(tet)) / 86_400_000;
    if (offset >= 0 && offset <= 14) weight *= 0.55;
    else if (offset >= -14 && offset < 0) weight *= 1.2;
  }
  return weight;
}

export function planGeneration(world: World, cal: WorkingCalendar, options: GenerationOptions): GenerationPlan {
  const months = options.months;
  const full: Required<GenerationOptions> = { ...options, dossiers: options.dossiers ?? defaultDossierCount(months) };
  const lastDay = toLocalDate(cal, options.until);
  const firstDay = monthsBefore(lastDay, months);
  let totalDayWeight = 0;
  for (let d = firstDay; d <= lastDay; d = addCalendarDays(d, 1)) totalDayWeight += dayWeight(cal, d);

  // Town desk vs wards as in the source articles; wards share theirs by population. From 1/7/2025 the old wards'
  // demand goes to the units that continue them, and the town's (now commune-level) procedures are filed where the
  // applicants live: shared among the three by population too.
  const townShare = YEARLY_DOSSIERS.town / (YEARLY_DOSSIERS.town + YEARLY_DOSSIERS.wards);
  const wards = world.units.filter((u) => u.seed.level === "COMMUNE" && u.seed.effectiveTo);
  const wardWeight = wards.reduce((s, u) => s + u.seed.demandWeight, 0);
  const targets = new Map<string, number>();
  const townShares = new Map<string, number>();
  for (const unit of world.units) {
    if (unit.seed.level === "DISTRICT") {
      targets.set(unit.seed.code, full.dossiers * townShare);
      townShares.set(unit.seed.code, 1);
    }
    if (unit.seed.level === "COMMUNE") {
      const ofWards = (full.dossiers * (1 - townShare) * unit.seed.demandWeight) / wardWeight;
      const ofTown = unit.seed.effectiveFrom ? (full.dossiers * townShare * unit.seed.demandWeight) / wardWeight : 0;
      targets.set(unit.seed.code, ofWards + ofTown);
      townShares.set(unit.seed.code, ofTown / (ofWards + ofTown));
    }
  }
  return { options: full, firstDay, lastDay, targets, townShares, totalDayWeight };
}

// ─── Per-level procedure mix ────────────────────────────────────────────────────────────────────────────────────

interface LevelMix {
  procedures: WorldProcedure[];
  weights: number[];
  /** Demand-weighted mean of FIELD_LATE_FACTOR, so a unit's late rate is its target whatever the mix. */
  meanLateFactor: number;
  /** Demand share of procedures that can be filed online (to hit the overall online share). */
  onlineCapableShare: number;
}

/** A unit's mix: the former town-level catalogue for `townShare` of its demand, the ward-level one for the rest. */
function unitMix(levels: Record<"DISTRICT" | "COMMUNE", LevelMix>, townShare: number): LevelMix {
  if (townShare >= 1) return levels.DISTRICT;
  if (townShare <= 0) return levels.COMMUNE;
  const parts = [
    { mix: levels.DISTRICT, share: townShare },
    { mix: levels.COMMUNE, share: 1 - townShare },
  ];
  const procedures = parts.flatMap((p) => p.mix.procedures);
  const weights = parts.flatMap((p) => {
    const total = p.mix.weights.reduce((s, w) => s + w, 0);
    return p.mix.weights.map((w) => (w * p.share) / total);
  });
  return {
    procedures,
    weights,
    meanLateFactor: parts.reduce((s, p) => s + p.share * p.mix.meanLateFactor, 0),
    onlineCapableShare: parts.reduce((s, p) => s + p.share * p.mix.onlineCapableShare, 0),
  };
}

function levelMix(world: World, level: "DISTRICT" | "COMMUNE", date: LocalDate): LevelMix {
  const procedures = world.procedures.filter((p) => p.seed.level === level);
  const weights = procedures.map((p) => p.seed.demand);
  const total = weights.reduce((s, w) => s + w, 0);
  let late = 0;
  let online = 0;
  procedures.forEach((p, i) => {
    const w = weights[i] ?? 0;
    late += w * FIELD_LATE_FACTOR[p.fieldCode];
    if (versionOn(p, date).seed.onlineLevel >= 3) online += w;
  });
  return { procedures, weights, meanLateFactor: late / total, onlineCapableShare: online / total };
}

// ─── The generator ──────────────────────────────────────────────────────────────────────────────────────────────

const TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Chance a dossier of this kind needs one supplement during processing (never for same-day or hour procedures). */
function supplementChance(field: FieldCode, duration: StatutoryDuration): number {
  if (duration.unit !== "WORKING_DAYS" || duration.value < 2) return 0;
  return field === "DATDAI" || field === "XAYDUNG" ? 0.16 : 0.1;
}

/** Chance a town dossier is forwarded to a second office (liên thông), and where. */
const FORWARDS: Partial<Record<FieldCode, { chance: number; officeCode: string }>> = {
  DATDAI: { chance: 0.2, officeCode: "QLDT" },
  XAYDUNG: { chance: 0.1, officeCode: "TNMT" },
};

interface DayContext {
  date: LocalDate;
  cal: WorkingCalendar;
  world: World;
  plan: GenerationPlan;
  /** 0 at the start of the period, 1 at its end: drives the online and digitisation trends. */
  progress: number;
  /** Procedure mix per receiving unit code (unitMix). */
  mixes: Map<string, LevelMix>;
  /** The communes and wards that exist on the day (where applicants live). */
  wards: WorldUnit[];
  /** Local midnight of the day as an instant. */
  midnight: number;
  windows: { start: number; end: number }[];
  workingDayMs: number;
  ledger: OnlineLedger;
  queue: QueueDays | null;
}

/** Working hours the desk has to receive or refuse an online dossier (setting onlineIntakeHours). */
export const ONLINE_INTAKE_HOURS = 8;
/** Unused numbers left in each unit's waybill pool after the period. */
export const SPARE_WAYBILLS = 200;

/**
 * Streams the world's dossiers day by day, oldest first. Same world + calendar + options → the same batches.
 * Dossier codes are gap-free per receiving unit and day, numbered in order of receipt.
 */
export function* generateDossiers(world: World, cal: WorkingCalendar, plan: GenerationPlan): Generator<DayBatch> {
  const root = new Random(plan.options.seed).fork("dossiers");
  const receivingUnits = world.units.filter((u) => plan.targets.has(u.seed.code));
  const totalDays = Math.max(1, (Date.parse(plan.lastDay) - Date.parse(plan.firstDay)) / 86_400_000);
  const workingDayMs = standardWorkingDayMs(cal);
  const communes = world.units.filter((u) => u.seed.level === "COMMUNE");
  // Dossiers whose approved apology letter still waits for its number, and the last number per unit and day.
  const held: GeneratedDossier[] = [];
  const letterNumbers = new Map<string, number>();
  const unitCodes = new Map(world.units.map((u) => [u.id, u.seed.code]));
  const ledger = new OnlineLedger(new Map(world.units.map((u, i) => [u.id, i])));
  // A world without dossiers (the benchmarks fill their own) has no queue either.
  const queue: QueueDays | null = plan.options.dossiers > 0 ? queueDays(cal, plan.options.until) : null;
  for (let date = plan.firstDay; date <= plan.lastDay; date = addCalendarDays(date, 1)) {
    const weight = dayWeight(cal, date);
    if (weight === 0) continue;
    const dayRandom = root.fork(date);
    const levels = { DISTRICT: levelMix(world, "DISTRICT", date), COMMUNE: levelMix(world, "COMMUNE", date) };
    const receivingToday = receivingUnits.filter((u) => unitInForce(u.seed, date));
    const context: DayContext = {
      date,
      cal,
      world,
      plan,
      progress: (Date.parse(date) - Date.parse(plan.firstDay)) / 86_400_000 / totalDays,
      mixes: new Map(receivingToday.map((u) => [u.seed.code, unitMix(levels, plan.townShares.get(u.seed.code) ?? 0)])),
      wards: communes.filter((u) => unitInForce(u.seed, date)),
      midnight: localMidnight(cal, date),
      windows: officeWindowsOn(cal, date).map((w) => ({
        start: parseClockTime(w.start) * MINUTE,
        end: parseClockTime(w.end) * MINUTE,
      })),
      workingDayMs,
      ledger,
      queue,
    };
    const batch: DayBatch = {
      date,
      dossiers: [],
      sequences: [],
      notices: [],
      audits: [],
      contacts: [],
      waybills: [],
    };
    for (const unit of receivingToday) {
      const random = dayRandom.fork(unit.seed.code);
      const rates = ratesOn(unit.seed, date, context.progress);
      const mean = ((plan.targets.get(unit.seed.code) ?? 0) * weight) / plan.totalDayWeight;
      const receipts = Array.from({ length: random.poisson(mean) }, () => receiptTime(context, random))
        .filter((at) => at < plan.options.until.getTime())
        .sort((a, b) => a - b);
      let walkIns = 0;
      receipts.forEach((receivedAt, i) => {
        const generated = generateDossier(
          context,
          unit,
          random,
          rates,
          new Date(receivedAt),
          dossierCode(unit, date, i + 1),
        );
        if (generated.dossier.channel === "DIRECT") walkIns++;
        if (generated.apologies.some((a) => a.status === "APPROVED")) held.push(generated);
        else batch.dossiers.push(generated);
      });
      // Today's online queue: registrations not received yet, numbered after the day's receipts.
      const waiting = registrations(context, unit, dayRandom.fork(`${unit.seed.code}/queue`), rates, receipts.length);
      batch.dossiers.push(...waiting.dossiers);
      const numbered = receipts.length + waiting.dossiers.length;
      if (numbered > 0) batch.sequences.push({ unitId: unit.id, day: date, lastValue: numbered });
      // Its own stream, so the dossiers do not shift with the notices.
      const mix = mixOf(context, unit);
      const until = plan.options.until.getTime();
      const { notices, audits } = generateIntakeNotices(
        {
          unit,
          date,
          walkIns,
          procedures: mix.procedures,
          weights: mix.weights,
          time: (r) => {
            const at = receiptTime(context, r);
            return at < until ? at : null;
          },
        },
        dayRandom.fork(`${unit.seed.code}/notices`),
      );
      batch.notices.push(...notices);
      batch.audits.push(...audits);
      // The form 02 of a registration is numbered after the walk-ins' notices of the day.
      const supplement = waiting.supplementNotice?.(notices);
      if (supplement) {
        batch.notices.push(supplement.notice);
        batch.audits.push(supplement.audit);
      }
    }
    batch.dossiers.push(...releaseSigned(cal, held, date, letterNumbers, unitCodes));
    const fresh = ledger.drain();
    batch.contacts.push(...fresh.contacts);
    batch.waybills.push(...fresh.waybills);
    yield batch;
  }
  yield {
    date: plan.lastDay,
    dossiers: releaseSigned(cal, held, plan.lastDay, letterNumbers, unitCodes),
    sequences: [],
    notices: [],
    audits: [],
    contacts: [],
    waybills: ledger.spareWaybills(
      root.fork("waybills"),
      receivingUnits.filter((u) => unitInForce(u.seed, plan.lastDay)),
      SPARE_WAYBILLS,
      plan.options.until,
    ),
  };
}

/**
 * Takes out of `held` the dossiers whose letter was signed on `date` or before (every letter of those days is known
 * by now: a letter is signed after its dossier's receipt) and numbers the letters per unit and day in order of
 * signing, as approveApology does; the number goes into the approval event and the dossier's appointment note.
 */
function releaseSigned(
  cal: WorkingCalendar,
  held: GeneratedDossier[],
  date: LocalDate,
  counters: Map<string, number>,
  unitCodes: Map<string, string>,
): GeneratedDossier[] {
  const ready: GeneratedDossier[] = [];
  const letters: { g: GeneratedDossier; letter: ApologyLetterRow; day: LocalDate }[] = [];
  let kept = 0;
  for (const g of held) {
    const letter = g.apologies.find((a) => a.status === "APPROVED") as ApologyLetterRow;
    const day = toLocalDate(cal, letter.decidedAt as Date);
    if (day <= date) {
      ready.push(g);
      letters.push({ g, letter, day });
    } else held[kept++] = g;
  }
  held.length = kept;
  letters.sort(
    (a, b) =>
      (a.letter.decidedAt as Date).getTime() - (b.letter.decidedAt as Date).getTime() ||
      a.g.dossier.code.localeCompare(b.g.dossier.code),
  );
  for (const { g, letter, day } of letters) {
    const code = unitCodes.get(g.dossier.decidingUnitId) ?? g.dossier.decidingUnitId;
    const key = `${code}|${day}`;
    const sequence = (counters.get(key) ?? 0) + 1;
    counters.set(key, sequence);
    const number = apologyNumber(code, day, sequence);
    letter.number = number;
    const approval = g.events.find((e) => e.type === "approve_apology" && e.payload?.apologyId === letter.id);
    if (approval?.payload) approval.payload.number = number;
    if (letter.kind === "LATE")
      g.dossier.appointmentNote = `${letter.appointmentNote} (theo phiếu xin lỗi số ${number})`;
  }
  return ready;
}

/** The instant of local midnight of a date in the calendar's zone. */
export function localMidnight(cal: WorkingCalendar, date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return new TZDate(year, month - 1, day, 0, 0, cal.timeZone).getTime();
}

/** Mã hồ sơ: <unit code>-<yymmdd>-<4-digit daily sequence>. */
export function dossierCode(unit: WorldUnit, date: LocalDate, sequence: number): string {
  return `${unit.seed.code}-${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}-${String(sequence).padStart(4, "0")}`;
}

/** A receipt instant inside the day's office windows (the mornings are busier), to the second. */
function receiptTime(context: DayContext, random: Random): number {
  const weights = context.windows.map((w, i) => (w.end - w.start) * (i === 0 ? 1.4 : 1));
  const window = context.windows[random.weightedIndex(weights)];
  if (!window) throw new Error("receiptTime on a day without office hours");
  const offset = Math.floor(random.between(window.start, window.end - MINUTE) / 1000) * 1000;
  return context.midnight + offset;
}

const isCommand = (type: string): boolean => (DOSSIER_COMMAND_TYPES as readonly string[]).includes(type);

interface TimelineEvent {
  at: Date;
  type: string;
  actor: WorldUser | null;
  from: DossierStatus | null;
  to: DossierStatus;
  step: ProcessingStep | null;
  reason?: string;
  payload?: Record<string, unknown>;
  office?: WorldOffice;
  assignee?: WorldUser;
}

function generateDossier(
  context: DayContext,
  unit: WorldUnit,
  random: Random,
  rates: UnitRates,
  receivedAt: Date,
  code: string,
): GeneratedDossier {
  const { cal } = context;
  const now = context.plan.options.until;
  const level = unit.seed.level === "DISTRICT" ? "DISTRICT" : "COMMUNE";
  const mix = mixOf(context, unit);
  const procedure = mix.procedures[random.weightedIndex(mix.weights)] as WorldProcedure;
  const version = versionOn(procedure, context.date);
  const id = random.id();
  const duration: StatutoryDuration = { value: version.seed.duration.value, unit: version.seed.duration.unit };
  const office = requireOffice(unit, version.handlingOfficeCode);
  const desk = requireOffice(unit, RECEPTION_OFFICE_CODE);
  const receptionist = random.pick(unit.receptionists);
  const leader = unit.leader as WorldUser;

  // ── Intake: channel, applicant, fee, how the result goes back ──
  const channel = pickChannel(random, version, mix, rates);
  const { applicant, home } = randomApplicant(context, random, unit, procedure, channel === "ONLINE");
  const feeAmount = version.seed.fee * (version.seed.feePerPage ? random.int(1, 8) : 1);
  const chargeAmount = version.seed.charge;
  const resultDelivery = pickDelivery(random, channel === "ONLINE", channel === "POSTAL", version, rates);
  const postalReturn = resultDelivery === "POST";
  const electronicResult = resultDelivery === "ELECTRONIC" || random.chance(rates.electronicResult);
  const submittedAt =
    channel === "ONLINE"
      ? new Date(receivedAt.getTime() - Math.round(random.between(10 * MINUTE, 18 * HOUR)))
      : new Date(receivedAt.getTime() - Math.round(random.between(3 * MINUTE, 25 * MINUTE)));

  // ── Plan the life in "active" office time from receipt (pauses excluded), then map it onto the calendar ──
  const base = computeAppointment(cal, { receivedAt, duration });
  if (base.kind !== "scheduled") throw new Error("computeAppointment without pauses must schedule");
  const budget = workingTimeBetween(cal, receivedAt, base.appointmentAt);
  const lateChance = (unit.seed.lateRate * FIELD_LATE_FACTOR[procedure.fieldCode]) / mix.meanLateFactor;
  const late = random.chance(lateChance);
  // On time: mostly well before the appointment (many results are returned early); late: up to 4 working days over.
  const activeFinish = late
    ? budget + Math.round(random.between(0.2, 4) * context.workingDayMs)
    : Math.round(budget * (0.15 + 0.82 * Math.pow(random.float(), 1.3)));

  let pause: { activeAt: number; start: Date; end: Date; reason: string } | null = null;
  if (random.chance(supplementChance(procedure.fieldCode, duration))) {
    const activeAt = Math.round(activeFinish * random.between(0.2, 0.5));
    const start = addWorkingTime(cal, receivedAt, activeAt);
    const end = addWorkingTime(cal, start, Math.round(random.between(0.5, 6) * context.workingDayMs));
    pause = { activeAt, start, end, reason: random.pick(SUPPLEMENT_REASONS) };
  }
  const at = (activeMs: number): Date => {
    const ms = Math.round(activeMs);
    return pause && ms > pause.activeAt
      ? addWorkingTime(cal, pause.end, ms - pause.activeAt)
      : addWorkingTime(cal, receivedAt, ms);
  };
  const pauses: PauseInterval[] = pause ? [{ start: pause.start, end: pause.end, reason: pause.reason }] : [];
  const full = pause ? computeAppointment(cal, { receivedAt, duration, pauses }) : base;
  if (full.kind !== "scheduled") throw new Error("computeAppointment with closed pauses must schedule");
  const finishedAt = at(activeFinish);
  const timeliness = classifyFinished(cal, full.appointmentAt, finishedAt);

  // The steps follow the procedure's time budget (form 05, src/domain/dossier/step-budget.ts, the default split as the
  // demo's versions carry no shares of their own): the officer's work ends where the handling step ends, the head's
  // where the review ends, in proportion to when the whole dossier finishes.
  const allotted = allotWorkingTime(cal, budget, null, version.seed.leadershipApproval);
  const finishEnd = budget - allotted.RETURN;
  const handlingScale = (allotted.RECEPTION + allotted.HANDLING) / finishEnd / 0.9;
  const reviewScale = (allotted.RECEPTION + allotted.HANDLING + allotted.REVIEW) / finishEnd / 0.98;
  const forwardPlan = level === "DISTRICT" ? FORWARDS[procedure.fieldCode] : undefined;
  const forwardOffice =
    forwardPlan && random.chance(forwardPlan.chance) ? requireOffice(unit, forwardPlan.officeCode) : null;
  const assigner = office.head ?? leader;
  const assignee = random.pick(office.officers);
  const denied = random.chance(0.01);
  const returnDelay =
    electronicResult || channel === "ONLINE"
      ? random.between(5 * MINUTE, 2 * HOUR)
      : postalReturn
        ? random.between(0.5, 1) * context.workingDayMs
        : random.between(0.05, 2.5) * context.workingDayMs;
  const returnedAt = addWorkingTime(cal, finishedAt, Math.round(returnDelay));

  // ── Timeline ──
  const events: TimelineEvent[] = [];
  if (channel === "ONLINE")
    events.push({
      at: submittedAt,
      type: "register",
      actor: null,
      from: null,
      to: "REGISTERED_ONLINE",
      step: null,
      payload: { channel },
    });
  events.push({
    at: receivedAt,
    type: "receive",
    actor: receptionist,
    from: channel === "ONLINE" ? "REGISTERED_ONLINE" : null,
    to: "RECEIVED",
    step: null,
    payload: { code, channel },
  });
  const transferAt = at(Math.min(random.between(3, 30) * MINUTE, activeFinish * 0.04));
  events.push({
    at: transferAt,
    type: "transfer",
    actor: receptionist,
    from: "RECEIVED",
    to: "IN_PROCESSING",
    step: "AWAITING_ASSIGNMENT",
    office,
    payload: { fromOfficeId: desk.id, toOfficeId: office.id, electronic: true },
  });
  events.push({
    at: at(activeFinish * random.between(0.05, 0.15)),
    type: "assign",
    actor: assigner,
    from: "IN_PROCESSING",
    to: "IN_PROCESSING",
    step: "HANDLING",
    assignee,
    payload: { assigneeId: assignee.id },
  });
  if (pause) {
    events.push({
      at: pause.start,
      type: "request_supplement",
      actor: assignee,
      from: "IN_PROCESSING",
      to: "WAITING_SUPPLEMENT",
      step: null,
      reason: pause.reason,
    });
    events.push({
      at: pause.end,
      type: "record_supplement",
      actor: receptionist,
      from: "WAITING_SUPPLEMENT",
      to: "IN_PROCESSING",
      step: "HANDLING",
    });
  }
  let forwardAt: Date | null = null;
  let finalOffice = office;
  let finalAssignee = assignee;
  if (forwardOffice) {
    forwardAt = at(activeFinish * random.between(0.55, 0.7));
    const secondAssignee = random.pick(forwardOffice.officers);
    const reason = random.pick(FORWARD_REASONS);
    events.push({
      at: forwardAt,
      type: "forward",
      actor: assignee,
      from: "IN_PROCESSING",
      to: "IN_PROCESSING",
      step: "AWAITING_ASSIGNMENT",
      office: forwardOffice,
      reason,
      payload: { fromOfficeId: office.id, toOfficeId: forwardOffice.id, electronic: true },
    });
    events.push({
      at: at(activeFinish * random.between(0.71, 0.78)),
      type: "assign",
      actor: forwardOffice.head ?? leader,
      from: "IN_PROCESSING",
      to: "IN_PROCESSING",
      step: "HANDLING",
      assignee: secondAssignee,
      payload: { assigneeId: secondAssignee.id },
    });
    finalOffice = forwardOffice;
    finalAssignee = secondAssignee;
  }
  // As the state machine runs it: the officer submits to the head of the office; the head approves, and where the
  // procedure needs the unit's leadership to sign, the leader approves last.
  const head = finalOffice.head ?? leader;
  const approver = version.seed.leadershipApproval ? leader : head;
  // The officer submits by the end of the handling step (scaled), but after a forward's second assignment (≤ 0.78).
  const submitShare = Math.max(handlingScale * random.between(0.8, 0.9), forwardOffice ? 0.79 : 0);
  events.push({
    at: at(activeFinish * submitShare),
    type: "submit_for_approval",
    actor: finalAssignee,
    from: "IN_PROCESSING",
    to: "IN_PROCESSING",
    step: "AWAITING_HEAD_APPROVAL",
  });
  if (version.seed.leadershipApproval) {
    events.push({
      at: at(activeFinish * Math.max(reviewScale * random.between(0.91, 0.98), submitShare + 0.01)),
      type: "approve",
      actor: head,
      from: "IN_PROCESSING",
      to: "IN_PROCESSING",
      step: "AWAITING_LEADER_APPROVAL",
    });
  }
  const resultKind: ResultKind = denied ? "DENIED" : "GRANTED";
  events.push({
    at: finishedAt,
    type: "approve",
    actor: approver,
    from: "IN_PROCESSING",
    to: "RESULT_READY",
    step: null,
    ...(denied ? { reason: random.pick(DENIAL_REASONS) } : {}),
    payload: { resultKind },
  });
  const returnMethod = electronicResult ? "ONLINE" : postalReturn ? "POST" : "DESK";
  events.push({
    at: returnedAt,
    type: "return_result",
    actor: receptionist,
    from: "RESULT_READY",
    to: "RETURNED",
    step: null,
    payload: { method: returnMethod },
  });

  // ── Apology letters (form 04): planned on the whole life, then cut at `now` like everything else ──
  const letters = cutPlans(
    planLetters(
      context,
      procedure,
      code,
      random,
      events,
      pause,
      full.appointmentAt,
      finishedAt,
      returnedAt,
      timeliness === "LATE",
    ),
    now,
  );
  if (letters.length > 0) {
    for (const e of letterEvents(letters)) {
      const state = stateBefore(events, e.at);
      events.push({
        at: e.at,
        type: e.type,
        actor: e.actor,
        from: state.to,
        to: state.to,
        step: state.step,
        ...(e.reason ? { reason: e.reason } : {}),
        payload: e.payload,
      });
    }
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
  const signed = letters.find((l) => l.decision?.approved);

  // ── Cut at `now`: later steps have not happened yet ──
  const happened = events.filter((e) => e.at.getTime() <= now.getTime());
  const last = happened[happened.length - 1] as TimelineEvent;
  const done = (type: string): boolean => happened.some((e) => e.type === type);
  const finished = happened.some((e) => e.type === "approve" && e.to === "RESULT_READY");
  const pauseStarted = pause !== null && pause.start.getTime() <= now.getTime();
  const pauseOpen = pause !== null && pauseStarted && pause.end.getTime() > now.getTime();
  let handlingOffice: WorldOffice | null = null;
  let currentAssignee: WorldUser | null = null;
  for (const e of happened) {
    if (e.office) handlingOffice = e.office;
    if (e.assignee) currentAssignee = e.assignee;
  }

  let appointmentAt: Date | null = pauseStarted ? full.appointmentAt : base.appointmentAt;
  let appointmentNote = pauseStarted ? full.explanation : base.explanation;
  if (pauseOpen && pause) {
    const open = computeAppointment(cal, {
      receivedAt,
      duration,
      pauses: [{ start: pause.start, end: null, reason: pause.reason }],
    });
    appointmentAt = null;
    appointmentNote = open.explanation;
  }

  const dossier: DossierRow = {
    id,
    code,
    procedureId: procedure.id,
    procedureVersionId: version.id,
    fieldId: procedure.fieldId,
    channel,
    receivedUnitId: unit.id,
    decidingUnitId: unit.id,
    handlingOfficeId: handlingOffice?.id ?? null,
    receivedById: receptionist.id,
    assigneeId: currentAssignee?.id ?? null,
    ...applicant,
    trackingKey: random.chars(8, TRACKING_ALPHABET),
    submittedAt,
    receivedAt,
    // An approved LATE letter moves the appointment (the number goes into the note once the letter is numbered);
    // timeliness stays judged against the statutory appointment.
    appointmentAt: signed?.kind === "LATE" ? signed.proposedAppointmentAt : appointmentAt,
    originalAppointmentAt: signed?.kind === "LATE" ? appointmentAt : null,
    rescheduleCount: signed ? 1 : 0,
    calendarRevision: cal.revision,
    appointmentNote: signed?.kind === "LATE" ? signed.appointmentNote : appointmentNote,
    finishedAt: finished ? finishedAt : null,
    returnedAt: done("return_result") ? returnedAt : null,
    status: last.to,
    processingStep: last.step,
    resultKind: finished ? resultKind : null,
    timeliness: finished ? timeliness : null,
    feeAmount: feeAmount + chargeAmount,
    // Set from the rows below.
    feePaidOnline: false,
    digitised: false,
    dataReused: false,
    electronicResult: false,
    postalReturn,
    resultDelivery,
    submittedContactId:
      channel === "ONLINE"
        ? context.ledger.contactFor(random, applicant.applicantEmail, applicant.applicantPhone, submittedAt)
        : null,
    intakeDueAt: channel === "ONLINE" ? addWorkingTime(cal, submittedAt, ONLINE_INTAKE_HOURS * HOUR) : null,
  };
  const online = onlineRows({
    cal,
    now,
    random: random.fork(`online:${code}`),
    ledger: context.ledger,
    unit,
    procedure,
    version,
    rates,
    dossierId: id,
    code,
    online: channel === "ONLINE",
    postal: channel === "POSTAL",
    delivery: resultDelivery,
    contactId: dossier.submittedContactId,
    applicant: {
      name: applicant.applicantName,
      phone: applicant.applicantPhone,
      email: applicant.applicantEmail,
      address: applicant.applicantAddress,
      citizen: applicant.applicantKind === "CITIZEN",
      ward: home,
    },
    submittedAt,
    receivedAt,
    finishedAt: dossier.finishedAt,
    returnedAt: dossier.returnedAt,
    granted: resultKind === "GRANTED",
    receptionist,
    approver,
    feeAmount,
    chargeAmount,
    received: receivedPositions(random, version),
    electronicPlanned: electronicResult,
  });
  dossier.feePaidOnline = online.feePaidOnline;
  dossier.digitised = online.digitised;
  dossier.dataReused = online.dataReused;
  dossier.electronicResult = online.electronicResult;

  // ── Hand-offs (phiếu kiểm soát quá trình): desk → office [→ office] → desk ──
  const handoffs: HandoffRow[] = [];
  const addHandoff = (
    from: WorldOffice,
    to: WorldOffice,
    fromUser: WorldUser,
    toUser: WorldUser,
    sentAt: Date,
    dueAt: Date,
    completedAt: Date,
    note: string | null,
  ): void => {
    if (sentAt.getTime() > now.getTime()) return;
    const complete = completedAt.getTime() <= now.getTime();
    handoffs.push({
      id: random.id(),
      dossierId: id,
      sequence: handoffs.length + 1,
      fromOfficeId: from.id,
      toOfficeId: to.id,
      fromUserId: fromUser.id,
      toUserId: toUser.id,
      sentAt,
      dueAt,
      completedAt: complete ? completedAt : null,
      timeliness: complete ? classifyFinished(cal, dueAt, completedAt) : null,
      note,
    });
  };
  // Due times from the same budget on the dossier's current appointment, pauses skipped: in active time on the planned
  // appointment (cheap), through the engine when a signed letter moved it or the pause has not begun.
  const current = dossier.appointmentAt ?? full.appointmentAt;
  const stepDue: Partial<Record<string, Date>> = {};
  if (current.getTime() === full.appointmentAt.getTime()) {
    // As at(), moving on from the previous deadline (and from the pause's end once past it).
    let base = receivedAt;
    let baseActive = 0;
    for (const step of ["RECEPTION", "HANDLING", "REVIEW", "SIGNING"] as const) {
      const active = baseActive + allotted[step];
      if (pause && active > pause.activeAt && baseActive <= pause.activeAt) {
        base = pause.end;
        baseActive = pause.activeAt;
      }
      base = addWorkingTime(cal, base, Math.round(active - baseActive));
      baseActive = active;
      stepDue[step] = base;
    }
    stepDue.RETURN = current;
  } else {
    for (const deadline of splitStepDeadlines(cal, {
      receivedAt,
      appointmentAt: current,
      pauses: pauseStarted ? pauses : [],
      shares: null,
      leadershipApproval: version.seed.leadershipApproval,
    }))
      stepDue[deadline.step] = deadline.dueAt;
  }
  const officeDue = (version.seed.leadershipApproval ? stepDue.SIGNING : stepDue.REVIEW) as Date;
  addHandoff(
    desk,
    office,
    receptionist,
    office.head ?? assignee,
    transferAt,
    forwardAt ? (stepDue.HANDLING as Date) : officeDue,
    forwardAt ?? finishedAt,
    null,
  );
  if (forwardOffice && forwardAt)
    addHandoff(
      office,
      forwardOffice,
      assignee,
      forwardOffice.head ?? finalAssignee,
      forwardAt,
      officeDue,
      finishedAt,
      "Chuyển liên thông",
    );
  addHandoff(
    finalOffice,
    desk,
    approver,
    receptionist,
    finishedAt,
    stepDue.RETURN as Date,
    returnedAt,
    "Trả kết quả về Bộ phận Một cửa",
  );

  const pauseRows: PauseRow[] =
    pause && pauseStarted
      ? [
          {
            id: random.id(),
            dossierId: id,
            kind: "SUPPLEMENT",
            reason: pause.reason,
            startedAt: pause.start,
            endedAt: pauseOpen ? null : pause.end,
            requestedByOfficeId: office.id,
            requestedById: assignee.id,
            endedById: pauseOpen ? null : receptionist.id,
          },
        ]
      : [];

  return {
    dossier,
    events: happened.map((e, i) => ({
      dossierId: id,
      at: e.at,
      actorId: e.actor?.id ?? null,
      type: e.type,
      fromStatus: e.from,
      toStatus: e.to,
      reason: e.reason ?? null,
      // A command records the processing step on both sides, as src/server/dossiers/commands.ts does (the history
      // shows it); the letters' events do not, as src/server/dossiers/apology.ts.
      payload: isCommand(e.type)
        ? { ...e.payload, fromStep: happened[i - 1]?.step ?? null, toStep: e.step }
        : (e.payload ?? null),
    })),
    pauses: pauseRows,
    handoffs,
    apologies: letterRows(letters, id, cal.revision),
    documents: online.documents,
    files: online.files,
    results: online.results,
    payments: online.payments,
    attempts: online.attempts,
    messages: online.messages,
    shipments: online.shipments,
  };
}

/** Status and step in force just before `at` in a planned (chronological) life. */
function stateBefore(events: readonly TimelineEvent[], at: Date): { to: DossierStatus; step: ProcessingStep | null } {
  let state = events[0] as TimelineEvent;
  for (const e of events) {
    if (e.at.getTime() > at.getTime()) break;
    state = e;
  }
  return state;
}

/**
 * The apology letters of a dossier's planned life: for a late one, usually a LATE letter; for one still pending at
 * the end and due today or overdue without a letter, sometimes a draft waiting for signature; for a returned one,
 * rarely a RESULT_ERROR letter. Drawn from a stream of the dossier alone, so the rest of the world does not shift.
 */
function planLetters(
  context: DayContext,
  procedure: WorldProcedure,
  code: string,
  parent: Random,
  timeline: readonly TimelineEvent[],
  pause: { start: Date; end: Date } | null,
  appointmentAt: Date,
  finishedAt: Date,
  returnedAt: Date,
  late: boolean,
): LetterPlan[] {
  const now = context.plan.options.until;
  // Pending at the end and due within the next few calendar days (the draft rules then decide if it was at risk).
  const pendingAtRisk =
    finishedAt.getTime() > now.getTime() && appointmentAt.getTime() < now.getTime() + 5 * 86_400_000;
  const returned = !late && returnedAt.getTime() < now.getTime();
  if (!late && !pendingAtRisk && !returned) return [];
  const ctx: ApologyContext = {
    cal: context.cal,
    now,
    workingDayMs: context.workingDayMs,
    random: parent.fork(`apology:${code}`),
    field: procedure.fieldCode,
    timeline,
    pause,
    appointmentAt,
    finishedAt,
    returnedAt,
    late,
  };
  if (returned) return planResultErrorApology(ctx);
  const plans = planLateApology(ctx);
  if (pendingAtRisk && !plans.some((p) => p.draftedAt.getTime() <= now.getTime())) return planPendingDraft(ctx);
  return plans;
}

function mixOf(context: DayContext, unit: WorldUnit): LevelMix {
  const mix = context.mixes.get(unit.seed.code);
  if (!mix) throw new Error(`Unit ${unit.seed.code} does not receive on ${context.date}`);
  return mix;
}

function requireOffice(unit: WorldUnit, code: string): WorldOffice {
  const office = unit.offices.get(code);
  if (!office) throw new Error(`Unit ${unit.seed.code} has no office ${code}`);
  return office;
}

/** The unit's online share of the month over all its dossiers (only procedures offered online can be); a few by post. */
function pickChannel(random: Random, version: WorldVersion, mix: LevelMix, rates: UnitRates): Channel {
  if (version.onlineClass !== "NONE" && random.chance(Math.min(0.985, rates.online / mix.onlineCapableShare)))
    return "ONLINE";
  return version.postalIntakeAllowed && random.chance(rates.postalIntake) ? "POSTAL" : "DIRECT";
}

type Applicant = Pick<
  DossierRow,
  "applicantKind" | "applicantName" | "applicantIdNumber" | "applicantPhone" | "applicantEmail" | "applicantAddress"
>;

export function randomApplicant(
  context: DayContext,
  random: Random,
  unit: WorldUnit,
  procedure: WorldProcedure,
  online: boolean,
): { applicant: Applicant; home: WorldUnit } {
  // Town-level applicants live anywhere in the town; a ward's applicants mostly in that ward (addresses as written
  // on the day: with the town until 30/06/2025, straight under Hà Nội since).
  const home = unit.seed.level === "COMMUNE" && random.chance(0.9) ? unit : random.pick(context.wards);
  const place = random.pick(home.seed.places);
  const street = /^(phố|đường|ngõ)/.test(place) ? `Số ${random.int(1, 180)} ${place}` : place;
  const town = home.seed.effectiveTo ? "thị xã Sơn Tây, " : "";
  const address = `${street}, ${home.seed.kindLabel.toLowerCase()} ${home.seed.name}, ${town}Hà Nội`;
  const phone = randomMobile(random);
  if (procedure.seed.organisation && random.chance(0.6)) {
    const name = `${random.pick(COMPANY_KINDS)} ${random.pick(COMPANY_NAMES)}`;
    // Mã số thuế doanh nghiệp Hà Nội: 01 + 8 digits.
    const applicant: Applicant = {
      applicantKind: "ORGANISATION",
      applicantName: name,
      applicantIdNumber: `01${random.digits(8)}`,
      applicantPhone: phone,
      applicantEmail: online ? `lienhe${random.digits(3)}@${random.pick(EMAIL_DOMAINS)}` : null,
      applicantAddress: address,
    };
    return { applicant, home };
  }
  const person = randomPersonName(random);
  const birthYear = random.int(1950, 2006);
  // CCCD: province 001 (Hà Nội), century-and-sex digit, last two digits of the birth year, six random digits.
  const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (person.male ? 0 : 1);
  const idNumber = `001${centuryDigit}${String(birthYear % 100).padStart(2, "0")}${random.digits(6)}`;
  const email =
    online && random.chance(0.6)
      ? `${toAscii(person.fullName).toLowerCase().replace(/\s+/g, "")}${random.int(1, 999)}@${random.pick(EMAIL_DOMAINS)}`
      : null;
  const applicant: Applicant = {
    applicantKind: "CITIZEN",
    applicantName: person.fullName,
    applicantIdNumber: idNumber,
    applicantPhone: phone,
    applicantEmail: email,
    applicantAddress: address,
  };
  return { applicant, home };
}

/** The intake checklist: every required document, optional ones sometimes brought. */
export function receivedPositions(random: Random, version: WorldVersion): Set<number> {
  return new Set(version.documents.filter((d) => !d.optional || random.chance(0.6)).map((d) => d.position));
}

// ─── Today's online queue ───────────────────────────────────────────────────────────────────────────────────────

/**
 * The days of the desks' online queue at the period's end: `today` is the last working day that had opened before
 * `until` (its registrations are not overdue yet), `overdue` the one before, early enough that 8 working hours have
 * passed by `until`.
 */
export interface QueueDays {
  today: LocalDate;
  overdue: LocalDate;
}

/** Morning hour of the overdue registration, before the desk opens: its 8 working hours end the next morning. */
const OVERDUE_SUBMISSION = "07:05";

export function queueDays(cal: WorkingCalendar, until: Date): QueueDays {
  let today = toLocalDate(cal, until);
  const opensBefore = (d: LocalDate) => {
    const first = officeWindowsOn(cal, d)[0];
    return first !== undefined && localDateTime(cal, d, first.start).getTime() < until.getTime();
  };
  while (!opensBefore(today)) today = addCalendarDays(today, -1);
  let overdue = addCalendarDays(today, -1);
  const late = (d: LocalDate) =>
    addWorkingTime(cal, localDateTime(cal, d, OVERDUE_SUBMISSION), ONLINE_INTAKE_HOURS * HOUR).getTime() <
    until.getTime();
  while (!isWorkingDay(cal, overdue) || !late(overdue)) overdue = addCalendarDays(overdue, -1);
  return { today, overdue };
}

/** What a registration in the queue stands for (the demo shows each case at every desk). */
type RegistrationKind = "waiting" | "paid-before" | "unpaid-before" | "supplement" | "overdue";

interface Registrations {
  dossiers: GeneratedDossier[];
  /** The form 02 asking the citizen of the "supplement" registration for more, numbered after `dayNotices`. */
  supplementNotice?: (dayNotices: readonly IntakeNoticeRow[]) => { notice: IntakeNoticeRow; audit: AuditRow } | null;
}

/**
 * A desk's online registrations not received by `until`: on the queue's day, two or three waiting (one paid before
 * intake through the platform), one whose pay-before fee is still unpaid (so not in the queue yet) and one sent back
 * for a supplement before receipt (form 02 delivered online); on the day before, one already past its 8 working hours.
 */
function registrations(
  context: DayContext,
  unit: WorldUnit,
  random: Random,
  rates: UnitRates,
  firstSequence: number,
): Registrations {
  const { queue, date, cal } = context;
  const kinds: RegistrationKind[] =
    queue === null
      ? []
      : date === queue.today
        ? [
            "waiting",
            ...(random.chance(0.5) ? (["waiting"] as const) : []),
            "paid-before",
            "unpaid-before",
            "supplement",
          ]
        : date === queue.overdue
          ? ["overdue"]
          : [];
  if (kinds.length === 0) return { dossiers: [] };
  const until = context.plan.options.until.getTime();
  const dayStart = localMidnight(cal, date);
  // Online filings come at any hour: these between 06:00 and 21:00 (or `until`); the one sent back for a supplement
  // early, so the desk answered it during the day. Numbered in order of filing.
  const latest = Math.min(until - 5 * MINUTE, dayStart + 21 * HOUR);
  const timed = kinds
    .map((kind) => ({
      kind,
      at:
        kind === "overdue"
          ? localDateTime(cal, date, OVERDUE_SUBMISSION).getTime()
          : kind === "supplement"
            ? Math.round(random.between(dayStart + 6 * HOUR, Math.min(latest, dayStart + 7 * HOUR)))
            : Math.round(random.between(dayStart + 6 * HOUR, latest)),
    }))
    .sort((a, b) => a.at - b.at);
  let supplement: GeneratedDossier | null = null;
  const dossiers = timed.map(({ kind, at }, i) => {
    const generated = registration(context, unit, random, rates, kind, new Date(at), firstSequence + i + 1);
    if (kind === "supplement") supplement = generated;
    return generated;
  });
  const asked = supplement as GeneratedDossier | null;
  if (!asked) return { dossiers };
  return {
    dossiers,
    supplementNotice: (dayNotices) => {
      const last = Math.max(asked.dossier.submittedAt.getTime(), ...dayNotices.map((n) => n.issuedAt.getTime()));
      const issuedAt = insideOfficeHours(context, last + Math.round(random.between(5, 40) * MINUTE));
      if (!issuedAt || issuedAt.getTime() >= until) return null;
      const sequence = dayNotices.filter((n) => n.kind === "SUPPLEMENT_REQUEST").length + 1;
      const receptionist = random.pick(unit.receptionists);
      const documents =
        context.world.procedures
          .find((p) => p.id === asked.dossier.procedureId)
          ?.versions.find((v) => v.id === asked.dossier.procedureVersionId)?.documents ?? [];
      const unclear = documents.find((d) => d.uploadable && !d.optional) ?? documents[0];
      const missing = unclear
        ? [`${unclear.name} (tệp tải lên bị mờ, không đọc được; đề nghị tải lại bản rõ nét)`]
        : [];
      const notice: IntakeNoticeRow = {
        id: random.id(),
        number: intakeNoticeNumber(unit.seed.code, "SUPPLEMENT_REQUEST", date, sequence),
        kind: "SUPPLEMENT_REQUEST",
        unitId: unit.id,
        procedureId: asked.dossier.procedureId,
        applicantName: asked.dossier.applicantName,
        applicantPhone: asked.dossier.applicantPhone,
        applicantAddress: asked.dossier.applicantAddress,
        missingDocuments: missing,
        reason:
          "Hồ sơ nộp trực tuyến chưa đầy đủ. Đề nghị ông/bà bổ sung các giấy tờ nêu trên qua trang tra cứu hồ sơ; hồ sơ sẽ được tiếp nhận khi đã đầy đủ.",
        issuedById: receptionist.id,
        issuedAt,
        dossierId: asked.dossier.id,
        answeredAt: null,
      };
      asked.events.push({
        dossierId: asked.dossier.id,
        at: issuedAt,
        actorId: receptionist.id,
        type: "request_supplement",
        fromStatus: "REGISTERED_ONLINE",
        toStatus: "WAITING_SUPPLEMENT",
        reason: notice.reason,
        payload: { noticeId: notice.id, number: notice.number, online: true },
      });
      asked.dossier.status = "WAITING_SUPPLEMENT";
      const audit: AuditRow = {
        at: issuedAt,
        actorId: receptionist.id,
        action: intakeNoticeAuditAction("SUPPLEMENT_REQUEST"),
        entity: "IntakeNotice",
        entityId: notice.id,
        detail: {
          number: notice.number,
          kind: notice.kind,
          procedureCode: context.world.procedures.find((p) => p.id === notice.procedureId)?.seed.code,
          missingDocuments: missing.length,
        },
      };
      return { notice, audit };
    },
  };
}

/** The first instant at or after `at` inside the day's office windows, or null when the day's windows are over. */
function insideOfficeHours(context: DayContext, at: number): Date | null {
  for (const w of context.windows) {
    const start = context.midnight + w.start;
    const end = context.midnight + w.end - MINUTE;
    if (at <= end) return new Date(Math.max(at, start + 10 * MINUTE));
  }
  return null;
}

function registration(
  context: DayContext,
  unit: WorldUnit,
  random: Random,
  rates: UnitRates,
  kind: RegistrationKind,
  submittedAt: Date,
  sequence: number,
): GeneratedDossier {
  const { cal, date } = context;
  const now = context.plan.options.until;
  const mix = mixOf(context, unit);
  const payBefore = kind === "paid-before" || kind === "unpaid-before";
  const candidates = mix.procedures.map((p, i) => {
    const v = versionOn(p, date);
    const fits =
      v.onlineClass !== "NONE" &&
      v.documents.some((d) => d.uploadable) &&
      (v.feeTiming === "BEFORE_INTAKE") === payBefore;
    return fits ? (mix.weights[i] ?? 0) : 0;
  });
  const procedure = mix.procedures[random.weightedIndex(candidates)] as WorldProcedure;
  const version = versionOn(procedure, date);
  const id = random.id();
  const code = dossierCode(unit, date, sequence);
  const { applicant, home } = randomApplicant(context, random, unit, procedure, true);
  const contactId = context.ledger.contactFor(random, applicant.applicantEmail, applicant.applicantPhone, submittedAt);
  const feeAmount = version.seed.fee * (version.seed.feePerPage ? random.int(1, 3) : 1);
  const resultDelivery = pickDelivery(random, true, false, version, rates);
  const online = onlineRows({
    cal,
    now,
    random: random.fork(`online:${code}`),
    ledger: context.ledger,
    unit,
    procedure,
    version,
    rates,
    dossierId: id,
    code,
    online: true,
    postal: false,
    delivery: resultDelivery,
    contactId,
    applicant: {
      name: applicant.applicantName,
      phone: applicant.applicantPhone,
      email: applicant.applicantEmail,
      address: applicant.applicantAddress,
      citizen: applicant.applicantKind === "CITIZEN",
      ward: home,
    },
    submittedAt,
    receivedAt: null,
    finishedAt: null,
    returnedAt: null,
    granted: false,
    receptionist: random.pick(unit.receptionists),
    approver: unit.leader as WorldUser,
    feeAmount,
    chargeAmount: version.seed.charge,
    received: receivedPositions(random, version),
    electronicPlanned: false,
    paidBeforeIntake: kind === "paid-before",
  });
  const dossier: DossierRow = {
    id,
    code,
    procedureId: procedure.id,
    procedureVersionId: version.id,
    fieldId: procedure.fieldId,
    channel: "ONLINE",
    receivedUnitId: unit.id,
    decidingUnitId: unit.id,
    handlingOfficeId: null,
    receivedById: null,
    assigneeId: null,
    ...applicant,
    trackingKey: random.chars(8, TRACKING_ALPHABET),
    submittedAt,
    receivedAt: null,
    appointmentAt: null,
    originalAppointmentAt: null,
    rescheduleCount: 0,
    calendarRevision: null,
    appointmentNote: null,
    finishedAt: null,
    returnedAt: null,
    status: "REGISTERED_ONLINE",
    processingStep: null,
    resultKind: null,
    timeliness: null,
    feeAmount: feeAmount + version.seed.charge,
    feePaidOnline: online.feePaidOnline,
    digitised: online.digitised,
    dataReused: false,
    electronicResult: false,
    postalReturn: resultDelivery === "POST",
    resultDelivery,
    submittedContactId: contactId,
    // The intake clock of a pay-before procedure starts once paid: unpaid, it is not in the queue at all.
    intakeDueAt: kind === "unpaid-before" ? null : addWorkingTime(cal, submittedAt, ONLINE_INTAKE_HOURS * HOUR),
  };
  return {
    dossier,
    events: [
      {
        dossierId: id,
        at: submittedAt,
        actorId: null,
        type: "register",
        fromStatus: null,
        toStatus: "REGISTERED_ONLINE",
        reason: null,
        payload: { channel: "ONLINE" },
      },
    ],
    pauses: [],
    handoffs: [],
    apologies: [],
    ...online,
  };
}
