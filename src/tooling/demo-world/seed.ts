// Seeds the demo world into a database: catalogue, staff, calendar, settings, then the dossiers streamed in chunks.
// Bulk rows go in as one `INSERT … SELECT FROM json_to_recordset($1)` per table and chunk: one parameter, one
// round trip, fast on the embedded single-threaded PGlite as well as on a PostgreSQL server.
import { hash } from "@node-rs/argon2";
import { toLocalDate, type WorkingCalendar } from "@/domain/calendar";
import type { PrismaClient } from "@/generated/prisma/client";
import { rebuildRollups } from "@/server/rollups/rebuild";
import type { FileStore } from "@/server/storage/file-store";
import { DEMO_PASSWORD } from "./demo-logins";
import { DEMO_SETTINGS, demoCalendar } from "./demo-calendar";
import { demoResultReturn } from "./result-returns";
import { seedRatings } from "./ratings";
import { seedCounterTablets } from "./counter-tablets";
import { defaultDossierCount, generateDossiers, localMidnight, planGeneration, type DayBatch } from "./dossiers";
import { seedDemoFeedback } from "./feedback";
import { insertRows, type Column } from "./bulk-insert";
import { seedParIndex } from "./par-index";
import { appFileStore, DemoObjects, PdfCache } from "./files";
import { SummaryStats, type ApologySummary, type UnitTimeliness } from "./summary";
import { buildWorld, type World } from "./world";

export type { ApologySummary, UnitTimeliness };

export interface DemoWorldOptions {
  /** PRNG seed; the same seed and options give the same world. Default 2026. */
  seed?: number;
  /** End of the period and simulated "now"; default: today's local midnight (Asia/Ho_Chi_Minh). */
  until?: Date;
  /** Months of history; default: from HISTORY_START (a quarter before the 1/7/2025 map) to `until`, at least 12. */
  months?: number;
  /**
   * Total dossiers over the period; default: one year's worth of the source articles' volumes (≈ 2,600 at the town
   * + 34,000 in the wards, ≈ 36,600), whatever the period: the first start stays as fast as when the demo held 12
   * months, and the default period (since April 2025, for both sides of 1/7/2025) runs at ~60% of the daily rate.
   * Pass `defaultDossierCount(months)` (CLI: --dossiers) for the full rate.
   */
  dossiers?: number;
  /** Wipe every table first (a demo tool: all data goes, including the append-only history). */
  force?: boolean;
  /** Dossiers per insert chunk; default 2,000. */
  batchSize?: number;
  /** Called after each inserted chunk. */
  onProgress?: (progress: { dossiers: number; elapsedMs: number }) => void;
  /** Where the dossiers' files go; default: the app's file store (MOTCUA_DATA_DIR or S3, src/server/storage). */
  fileStore?: FileStore;
  /**
   * The PAR Index's criteria sets and evaluations (default true). The benchmarks leave them out: they measure
   * dossiers, and run under the react-server condition, where the PDF renderer of the evidence files cannot load.
   */
  parIndex?: boolean;
}

export interface DemoWorldSummary {
  seed: number;
  until: Date;
  firstDay: string;
  /** Dossiers generated and inserted. */
  dossiers: number;
  counts: Record<string, number>;
  statuses: Record<string, number>;
  /** Per receiving unit, with apology compliance judged against the statutory appointment. */
  timeliness: UnitTimeliness[];
  /** Apology letters (form 04) by status, approved ones by kind and (LATE) by field. */
  apologies: ApologySummary;
  /** Intake notices (forms 02/03) by kind. */
  intakeNotices: Record<"SUPPLEMENT_REQUEST" | "REFUSAL", number>;
  /** The PAR Index data in one line (./par-index.ts). */
  parIndex: string;
  elapsedMs: number;
}

export const DEFAULT_SEED = 2026;
/** The default period starts here: a full quarter of the old map, so reports and dossiers show both sides. */
export const HISTORY_START = "2025-04-01";

/** Whole calendar months from HISTORY_START's month to a local date's (the period starts that day of April), at least 12. */
export function defaultMonths(lastDay: string): number {
  const [y0, m0] = HISTORY_START.split("-").map(Number) as [number, number];
  const [y1, m1] = lastDay.split("-").map(Number) as [number, number];
  return Math.max(12, (y1 - y0) * 12 + (m1 - m0));
}
const DEFAULT_BATCH_SIZE = 2_000;

/** Today's local midnight in the calendar's zone: the default end of the demo period. */
export function startOfLocalDay(cal: WorkingCalendar, instant: Date): Date {
  return new Date(localMidnight(cal, toLocalDate(cal, instant)));
}

export async function seedDemoWorld(db: PrismaClient, options: DemoWorldOptions = {}): Promise<DemoWorldSummary> {
  const started = performance.now();
  const cal = demoCalendar();
  const seed = options.seed ?? DEFAULT_SEED;
  const until = options.until ?? startOfLocalDay(cal, new Date());

  if (options.force) await wipeDatabase(db);
  else if ((await db.administrativeUnit.count()) > 0) {
    throw new Error(
      "The database already has administrative units: refusing to seed the demo world over existing data (pass force to wipe it).",
    );
  }

  const world = buildWorld(seed);
  const counts: Record<string, number> = {};
  const tally = (table: string, n: number): void => {
    counts[table] = (counts[table] ?? 0) + n;
  };
  await seedFixedPart(db, world, cal, tally);

  const plan = planGeneration(world, cal, {
    seed,
    until,
    months: options.months ?? defaultMonths(toLocalDate(cal, until)),
    dossiers: options.dossiers ?? defaultDossierCount(12),
  });
  const stats = new SummaryStats(world, cal);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const store = options.fileStore ? Promise.resolve(options.fileStore) : appFileStore();
  const files: ChunkFiles = { pdfs: new PdfCache(), objects: new DemoObjects(store) };
  let chunk: DayBatch[] = [];
  let chunkSize = 0;
  let inserted = 0;
  // One chunk in flight while the next is generated: a separate PostgreSQL server works while Node computes.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const batches = chunk;
    chunk = [];
    chunkSize = 0;
    await inFlight;
    inFlight = insertChunk(db, batches, tally, files).then(() => {
      inserted += batches.reduce((s, b) => s + b.dossiers.length, 0);
      options.onProgress?.({ dossiers: inserted, elapsedMs: performance.now() - started });
    });
  };
  for (const batch of generateDossiers(world, cal, plan)) {
    stats.add(batch.dossiers);
    stats.addNotices(batch.notices);
    chunk.push(batch);
    chunkSize += batch.dossiers.length;
    if (chunkSize >= batchSize) await flush();
  }
  await flush();
  await inFlight;
  // The dossiers went in with the rollup trigger off (their pauses come after them): the daily rollups are computed
  // once from the finished tables (docs/rollups.md).
  await rebuildRollups(db);
  // Phản ánh, kiến nghị of the last months, some about the dossiers just inserted (./feedback.ts).
  const feedback = await seedDemoFeedback(db, cal, { seed, until });
  tally("Feedback", feedback.feedback);
  tally("FeedbackEvent", feedback.events);
  tally("VerifiedContact", feedback.contacts);
  // Satisfaction ratings of the finished world, in bulk (src/tooling/demo-world/ratings.ts).
  const rated = await seedRatings(db, { seed, until });
  tally("Rating", rated.ratings);
  tally("RatingAnswer", rated.answers);
  // A paired tablet and a tablet waiting for its code at phường Sơn Tây's desk (src/tooling/demo-world/counter-tablets.ts).
  const tablets = await seedCounterTablets(db, new Date());
  tally("CounterTablet", tablets.tablets);
  tally("CounterSeat", tablets.seats);
  // The PAR Index of 2024 (the town's 15 wards), 2025 and 2026 (the city's 3 units), its automatic criteria read from
  // the data above (src/tooling/demo-world/par-index.ts).
  let parIndex = "not seeded";
  if (options.parIndex !== false) {
    const par = await seedParIndex(db, world, cal, { seed, until, firstDay: plan.firstDay, ...files });
    tally("ParCriteriaSet", par.sets);
    tally("ParCriterion", par.criteria);
    tally("ParEvaluation", par.evaluations);
    tally("ParUnitEvaluation", par.unitEvaluations);
    tally("ParAnswer", par.answers);
    tally("ParEvidenceFile", par.files);
    tally("ParEvent", par.events);
    tally("AuditEntry", par.audits);
    parIndex = par.line;
  }

  return {
    seed,
    until,
    firstDay: plan.firstDay,
    dossiers: counts.Dossier ?? 0,
    counts,
    statuses: stats.statuses,
    timeliness: stats.timeliness(),
    apologies: stats.apologies,
    intakeNotices: stats.notices,
    parIndex,
    elapsedMs: performance.now() - started,
  };
}

// ─── Fixed part ─────────────────────────────────────────────────────────────────────────────────────────────────

async function seedFixedPart(
  db: PrismaClient,
  world: World,
  cal: WorkingCalendar,
  tally: (table: string, n: number) => void,
): Promise<void> {
  const units = world.units.map((u) => ({
    id: u.id,
    code: u.seed.code,
    name: u.seed.name,
    kindLabel: u.seed.kindLabel,
    level: u.seed.level,
    parentId: u.parentId,
    address: u.seed.address,
    phone: u.seed.phone,
    openingHours: u.seed.openingHours,
    postalCustomerCode: u.seed.postalCustomerCode,
    // The units closed on 30/06/2025 receive nothing new; their dossiers also show the unit that continues them.
    active: u.seed.effectiveTo === undefined,
    effectiveFrom: u.seed.effectiveFrom ? new Date(`${u.seed.effectiveFrom}T00:00:00Z`) : null,
    effectiveTo: u.seed.effectiveTo ? new Date(`${u.seed.effectiveTo}T00:00:00Z`) : null,
    changeBasis: u.seed.changeBasis ?? null,
  }));
  tally("AdministrativeUnit", (await db.administrativeUnit.createMany({ data: units })).count);
  // Successors point at rows of the same table: set once every unit exists.
  for (const u of world.units.filter((x) => x.successorId))
    await db.administrativeUnit.update({ where: { id: u.id }, data: { successorId: u.successorId } });
  const offices = world.units.flatMap((u) =>
    [...u.offices.values()].map((o) => ({ id: o.id, unitId: o.unitId, code: o.code, name: o.name, kind: o.kind })),
  );
  tally("Office", (await db.office.createMany({ data: offices })).count);
  const counters = world.units.flatMap((u) =>
    u.counters.map((c) => ({
      id: c.id,
      officeId: c.officeId,
      number: c.number,
      name: c.name,
      fieldCodes: [...c.fieldCodes],
    })),
  );
  tally("Counter", (await db.counter.createMany({ data: counters })).count);

  // One argon2id hash for the shared demo password (hashing ~100 times would cost seconds).
  const passwordHash = await hash(DEMO_PASSWORD);
  const users = world.users.map((u) => ({
    id: u.id,
    username: u.username,
    passwordHash,
    fullName: u.fullName,
    email: u.email,
    phone: u.phone,
    title: u.title,
    role: u.role,
    unitId: u.unitId,
    officeId: u.officeId,
    active: u.active,
  }));
  tally("User", (await db.user.createMany({ data: users })).count);

  tally(
    "Field",
    (await db.field.createMany({ data: world.fields.map((f) => ({ id: f.id, code: f.code, name: f.name })) })).count,
  );
  const procedures = world.procedures.map((p) => ({
    id: p.id,
    code: p.seed.code,
    name: p.seed.name,
    fieldId: p.fieldId,
    // Every procedure here is decided at commune level since 1/7/2025 (the seed's level is the one before).
    level: "COMMUNE" as const,
  }));
  tally("Procedure", (await db.procedure.createMany({ data: procedures })).count);
  const versions = world.procedures.flatMap((p) =>
    p.versions.map((v) => ({
      id: v.id,
      procedureId: p.id,
      version: v.version,
      effectiveFrom: new Date(`${v.effectiveFrom}T00:00:00Z`),
      effectiveTo: v.effectiveTo ? new Date(`${v.effectiveTo}T00:00:00Z`) : null,
      announcementNumber: v.seed.decision.number,
      announcementDate: new Date(`${v.seed.decision.date}T00:00:00Z`),
      announcementIssuer: v.seed.decision.issuer,
      durationValue: v.seed.duration.value,
      durationUnit: v.seed.duration.unit,
      feeAmount: v.seed.fee,
      chargeAmount: v.seed.charge,
      feeNote: v.seed.feeNote ?? null,
      handlingOfficeCode: v.handlingOfficeCode,
      onlineLevel: v.seed.onlineLevel,
      onlineClass: v.onlineClass,
      fullOnlineEligible: v.fullOnlineEligible,
      feeTiming: v.feeTiming,
      postalIntakeAllowed: v.postalIntakeAllowed,
      postalReturnAllowed: v.seed.postalAllowed,
      leadershipApproval: v.seed.leadershipApproval,
    })),
  );
  tally("ProcedureVersion", (await db.procedureVersion.createMany({ data: versions })).count);
  const documents = world.procedures.flatMap((p) =>
    p.versions.flatMap((v) =>
      v.documents.map((d) => ({
        id: d.id,
        procedureVersionId: v.id,
        position: d.position,
        name: d.name,
        form: d.form,
        count: d.count,
        optional: d.optional,
        uploadable: d.uploadable,
      })),
    ),
  );
  tally("ProcedureDocument", (await db.procedureDocument.createMany({ data: documents })).count);

  const calendarDays = [
    ...cal.holidays.map((h) => ({
      date: new Date(`${h.date}T00:00:00Z`),
      kind: "HOLIDAY" as const,
      name: h.name,
      notice: h.notice ?? null,
    })),
    ...cal.makeUpWorkdays.map((m) => ({
      date: new Date(`${m.date}T00:00:00Z`),
      kind: "MAKEUP_WORKDAY" as const,
      name: m.name,
      notice: m.notice ?? null,
    })),
  ];
  tally("CalendarDay", (await db.calendarDay.createMany({ data: calendarDays, skipDuplicates: true })).count);
  const officeHours = ([0, 1, 2, 3, 4, 5, 6] as const).map((weekday) => {
    const [morning, afternoon] = cal.weekHours[weekday];
    return {
      weekday,
      morningStart: morning?.start ?? null,
      morningEnd: morning?.end ?? null,
      afternoonStart: afternoon?.start ?? null,
      afternoonEnd: afternoon?.end ?? null,
    };
  });
  tally("OfficeHours", (await db.officeHours.createMany({ data: officeHours })).count);
  await db.calendarRevision.create({
    data: {
      revision: cal.revision,
      note: "Lịch làm việc khởi tạo: giờ hành chính, ngày nghỉ lễ và ngày làm bù 2025–2027",
      snapshot: JSON.parse(JSON.stringify(cal)),
    },
  });
  tally("CalendarRevision", 1);
  const settings = Object.entries(DEMO_SETTINGS).map(([key, value]) => ({ key, value: value as never }));
  tally("Setting", (await db.setting.createMany({ data: settings })).count);
}

// ─── Dossiers: bulk insert ──────────────────────────────────────────────────────────────────────────────────────

const DOSSIER_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["code", "text"],
  ["procedureId", "text"],
  ["procedureVersionId", "text"],
  ["fieldId", "text"],
  ["channel", '"Channel"'],
  ["receivedUnitId", "text"],
  ["decidingUnitId", "text"],
  ["handlingOfficeId", "text"],
  ["receivedById", "text"],
  ["assigneeId", "text"],
  ["applicantKind", '"ApplicantKind"'],
  ["applicantName", "text"],
  ["applicantIdNumber", "text"],
  ["applicantPhone", "text"],
  ["applicantEmail", "text"],
  ["applicantAddress", "text"],
  ["trackingKey", "text"],
  ["submittedAt", "timestamp(3)"],
  ["receivedAt", "timestamp(3)"],
  ["appointmentAt", "timestamp(3)"],
  ["originalAppointmentAt", "timestamp(3)"],
  ["rescheduleCount", "integer"],
  ["calendarRevision", "integer"],
  ["appointmentNote", "text"],
  ["finishedAt", "timestamp(3)"],
  ["returnedAt", "timestamp(3)"],
  ["status", '"DossierStatus"'],
  ["processingStep", '"ProcessingStep"'],
  ["resultKind", '"ResultKind"'],
  ["timeliness", '"Timeliness"'],
  ["feeAmount", "integer"],
  ["feePaidOnline", "boolean"],
  ["digitised", "boolean"],
  ["dataReused", "boolean"],
  ["electronicResult", "boolean"],
  ["postalReturn", "boolean"],
  ["resultDelivery", '"ResultDelivery"'],
  ["submittedContactId", "text"],
  ["intakeDueAt", "timestamp(3)"],
  ["createdAt", "timestamp(3)"],
  ["updatedAt", "timestamp(3)"],
];
const EVENT_COLUMNS: readonly Column[] = [
  ["dossierId", "text"],
  ["at", "timestamp(3)"],
  ["actorId", "text"],
  ["type", "text"],
  ["fromStatus", '"DossierStatus"'],
  ["toStatus", '"DossierStatus"'],
  ["reason", "text"],
  ["payload", "jsonb"],
];
const RESULT_RETURN_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["dossierId", "text"],
  ["method", '"ReturnMethod"'],
  ["returnedAt", "timestamp(3)"],
  ["returnedById", "text"],
  ["resultNumber", "text"],
  ["collectorKind", '"CollectorKind"'],
  ["collectorName", "text"],
  ["collectorRelation", "text"],
  ["authorisationPaper", "text"],
  ["idDocumentKind", '"IdDocumentKind"'],
  ["idDocumentNumber", "text"],
  ["note", "text"],
  ["postalShipmentId", "text"],
];
const PAUSE_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["dossierId", "text"],
  ["kind", '"PauseKind"'],
  ["reason", "text"],
  ["startedAt", "timestamp(3)"],
  ["endedAt", "timestamp(3)"],
  ["requestedByOfficeId", "text"],
  ["requestedById", "text"],
  ["endedById", "text"],
];
const HANDOFF_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["dossierId", "text"],
  ["sequence", "integer"],
  ["fromOfficeId", "text"],
  ["toOfficeId", "text"],
  ["fromUserId", "text"],
  ["toUserId", "text"],
  ["sentAt", "timestamp(3)"],
  ["dueAt", "timestamp(3)"],
  ["completedAt", "timestamp(3)"],
  ["timeliness", '"Timeliness"'],
  ["note", "text"],
];
const DOCUMENT_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["dossierId", "text"],
  ["position", "integer"],
  ["name", "text"],
  ["form", '"DocumentForm"'],
  ["count", "integer"],
  ["received", "boolean"],
  ["required", "boolean"],
  ["digitised", "boolean"],
  ["reuse", '"DocumentReuse"'],
  ["fromNationalStore", "boolean"],
  ["check", '"ComponentCheck"'],
  ["checkedById", "text"],
  ["checkedAt", "timestamp(3)"],
];
const SEQUENCE_COLUMNS: readonly Column[] = [
  ["unitId", "text"],
  ["day", "date"],
  ["lastValue", "integer"],
];
const APOLOGY_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["number", "text"],
  ["dossierId", "text"],
  ["kind", '"ApologyKind"'],
  ["status", '"ApologyStatus"'],
  ["officeId", "text"],
  ["reason", "text"],
  ["extraWorkingDays", "integer"],
  ["previousAppointmentAt", "timestamp(3)"],
  ["proposedAppointmentAt", "timestamp(3)"],
  ["appointmentNote", "text"],
  ["calendarRevision", "integer"],
  ["draftedById", "text"],
  ["draftedAt", "timestamp(3)"],
  ["decidedById", "text"],
  ["decidedAt", "timestamp(3)"],
  ["rejectionReason", "text"],
];
const NOTICE_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["number", "text"],
  ["kind", '"IntakeNoticeKind"'],
  ["unitId", "text"],
  ["procedureId", "text"],
  ["applicantName", "text"],
  ["applicantPhone", "text"],
  ["applicantAddress", "text"],
  ["missingDocuments", "jsonb"],
  ["reason", "text"],
  ["issuedById", "text"],
  ["issuedAt", "timestamp(3)"],
  ["dossierId", "text"],
  ["answeredAt", "timestamp(3)"],
];
const CONTACT_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["kind", '"ContactKind"'],
  ["value", "text"],
  ["firstVerifiedAt", "timestamp(3)"],
  ["lastVerifiedAt", "timestamp(3)"],
];
const FILE_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["dossierId", "text"],
  ["purpose", '"FilePurpose"'],
  ["documentPosition", "integer"],
  ["storageKey", "text"],
  ["sha256", "text"],
  ["sizeBytes", "integer"],
  ["mediaType", "text"],
  ["fileName", "text"],
  ["source", "text"],
  ["uploadedById", "text"],
  ["uploadedByContactId", "text"],
  ["uploadedAt", "timestamp(3)"],
];
const RESULT_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["dossierId", "text"],
  ["fileId", "text"],
  ["number", "text"],
  ["signerName", "text"],
  ["signerTitle", "text"],
  ["signedOn", "date"],
  ["issuingAgency", "text"],
  ["kind", "text"],
  ["generated", "boolean"],
  ["issuedById", "text"],
  ["issuedAt", "timestamp(3)"],
];
const PAYMENT_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["dossierId", "text"],
  ["feeAmount", "integer"],
  ["chargeAmount", "integer"],
  ["timing", '"FeeTiming"'],
  ["status", '"PaymentStatus"'],
  ["method", '"PaymentMethod"'],
  ["paidAt", "timestamp(3)"],
  ["recordedById", "text"],
  ["reference", "text"],
  ["refundedAt", "timestamp(3)"],
  ["refundAmount", "integer"],
  ["refundReason", "text"],
  ["refundedById", "text"],
  ["createdAt", "timestamp(3)"],
  ["updatedAt", "timestamp(3)"],
];
const ATTEMPT_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["requestId", "text"],
  ["reference", "text"],
  ["amount", "integer"],
  ["status", '"PaymentAttemptStatus"'],
  ["paymentUrl", "text"],
  ["platformTransactionId", "text"],
  ["bankCode", "text"],
  ["initiatedAt", "timestamp(3)"],
  ["completedAt", "timestamp(3)"],
];
const MESSAGE_COLUMNS: readonly Column[] = [
  ["attemptId", "text"],
  ["reference", "text"],
  ["kind", "text"],
  ["direction", "text"],
  ["body", "jsonb"],
  ["signatureValid", "boolean"],
  ["at", "timestamp(3)"],
];
const SHIPMENT_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["dossierId", "text"],
  ["direction", '"PostalDirection"'],
  ["waybill", "text"],
  ["status", '"ShipmentStatus"'],
  ["personName", "text"],
  ["personPhone", "text"],
  ["personEmail", "text"],
  ["address", "text"],
  ["provinceCode", "text"],
  ["provinceName", "text"],
  ["communeCode", "text"],
  ["communeName", "text"],
  ["codAmount", "integer"],
  ["arrivedAt", "timestamp(3)"],
  ["receivedById", "text"],
  ["requestedAt", "timestamp(3)"],
  ["acceptedAt", "timestamp(3)"],
  ["handedOverAt", "timestamp(3)"],
  ["deliveredAt", "timestamp(3)"],
  ["attempts", "integer"],
  ["requestMessage", "jsonb"],
  ["responseMessage", "jsonb"],
  ["updatedAt", "timestamp(3)"],
];
const WAYBILL_COLUMNS: readonly Column[] = [
  ["id", "text"],
  ["unitId", "text"],
  ["number", "text"],
  ["usedAt", "timestamp(3)"],
  ["shipmentId", "text"],
  ["createdAt", "timestamp(3)"],
];
const AUDIT_COLUMNS: readonly Column[] = [
  ["at", "timestamp(3)"],
  ["actorId", "text"],
  ["action", "text"],
  ["entity", "text"],
  ["entityId", "text"],
  ["detail", "jsonb"],
];

interface ChunkFiles {
  pdfs: PdfCache;
  objects: DemoObjects;
}

async function insertChunk(
  db: PrismaClient,
  batches: DayBatch[],
  tally: (table: string, n: number) => void,
  files: ChunkFiles,
): Promise<void> {
  const generated = batches.flatMap((b) => b.dossiers);
  // Each row points at its PDF's object, stored (once) before the row is written: no row points at nothing.
  const fileRows = await Promise.all(
    generated
      .flatMap((g) => g.files)
      .map(async (row) => {
        const pdf = await files.pdfs.get(row.content);
        return { row: { ...row, storageKey: await files.objects.ensure(pdf) }, pdf };
      }),
  );
  tally(
    "VerifiedContact",
    await insertRows(
      db,
      "VerifiedContact",
      CONTACT_COLUMNS,
      batches.flatMap((b) => b.contacts),
    ),
  );
  const dossiers = generated.map(({ dossier, events }) => ({
    ...dossier,
    createdAt: dossier.submittedAt,
    updatedAt: events[events.length - 1]?.at ?? dossier.submittedAt,
  }));
  tally("Dossier", await insertRows(db, "Dossier", DOSSIER_COLUMNS, dossiers));
  // The returns of results (who collected them): also completes the return_result events' payloads, so before them.
  const resultReturns = generated.flatMap((g) => demoResultReturn(g) ?? []);
  // One statement at a time: PGlite's socket server runs a single session, and concurrent statements from pooled
  // connections can interleave there.
  const children: [string, readonly Column[], readonly object[]][] = [
    ["DossierEvent", EVENT_COLUMNS, generated.flatMap((g) => g.events)],
    ["DossierHandoff", HANDOFF_COLUMNS, generated.flatMap((g) => g.handoffs)],
    ["DossierDocument", DOCUMENT_COLUMNS, generated.flatMap((g) => g.documents)],
    ["DossierPause", PAUSE_COLUMNS, generated.flatMap((g) => g.pauses)],
    ["DossierCodeSequence", SEQUENCE_COLUMNS, batches.flatMap((b) => b.sequences)],
    ["ApologyLetter", APOLOGY_COLUMNS, generated.flatMap((g) => g.apologies)],
    ["IntakeNotice", NOTICE_COLUMNS, batches.flatMap((b) => b.notices)],
    ["AuditEntry", AUDIT_COLUMNS, batches.flatMap((b) => b.audits)],
    ["PaymentRequest", PAYMENT_COLUMNS, generated.flatMap((g) => g.payments)],
    ["PaymentAttempt", ATTEMPT_COLUMNS, generated.flatMap((g) => g.attempts)],
    ["PaymentMessage", MESSAGE_COLUMNS, generated.flatMap((g) => g.messages)],
    ["PostalShipment", SHIPMENT_COLUMNS, generated.flatMap((g) => g.shipments)],
    ["PostalWaybill", WAYBILL_COLUMNS, batches.flatMap((b) => b.waybills)],
    ["DossierResultReturn", RESULT_RETURN_COLUMNS, resultReturns],
  ];
  for (const [table, columns, rows] of children) tally(table, await insertRows(db, table, columns, rows));

  const fileTable = fileRows.map(({ row: { content: _content, ...row }, pdf }) => ({
    ...row,
    sha256: pdf.sha256,
    sizeBytes: pdf.sizeBytes,
  }));
  tally("DossierFile", await insertRows(db, "DossierFile", FILE_COLUMNS, fileTable));
  const results = generated.flatMap((g) => g.results);
  tally("DossierResultDocument", await insertRows(db, "DossierResultDocument", RESULT_COLUMNS, results));
}

/**
 * Empties every application table (all of schema public but Prisma's migration log, so tables added later are
 * covered too). The history tables refuse TRUNCATE by trigger, so triggers are off for this transaction.
 */
async function wipeDatabase(db: PrismaClient): Promise<void> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (tables.length === 0) return;
  try {
    await db.$transaction([
      db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
      db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.name}"`).join(", ")} RESTART IDENTITY CASCADE`),
    ]);
  } catch (error) {
    throw new Error(
      `Could not wipe the database for a forced demo seed (it needs a superuser to bypass the append-only triggers): ${String(error)}`,
    );
  }
}
