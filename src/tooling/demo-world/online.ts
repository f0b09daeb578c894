// The online side of a demo dossier (issue 9, item 8): its unit's shares for the month, the verified contact of an
// online filing, each component's digitisation and reuse flags with the file behind every digitised one, the payment
// request (and, paid online, the attempt with its raw platform messages), the parcels by post with waybills from the
// unit's pool, and the electronic result. Pure: bytes are made and stored by seed.ts (files.ts).
import { createHash } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { LocalDate, WorkingCalendar } from "@/domain/calendar";
import { signingInput, PROTOCOL_VERSION, type SignedMessageKind } from "@/domain/payment";
import type {
  ComponentCheck,
  ContactKind,
  DocumentReuse,
  FeeTiming,
  FilePurpose,
  PaymentAttemptStatus,
  PaymentMethod,
  PaymentStatus,
  ResultDelivery,
  ShipmentStatus,
} from "@/generated/prisma/client";
import { FIELDS, type DigitalProfile, type FieldCode, type Trend, type UnitSeed } from "./catalogue";
import { toAscii } from "./people";
import type { Random } from "./random";
import type { WorldDocument, WorldProcedure, WorldUnit, WorldUser, WorldVersion } from "./world";

// ─── Shares by unit and month ───────────────────────────────────────────────────────────────────────────────────

export interface UnitRates {
  online: number;
  digitised: number;
  payOnline: number;
  electronicResult: number;
  postalIntake: number;
  postalReturn: number;
  /** Share of citizens' dossiers taking a component from the national portal's data store. */
  reuse: number;
}

/** A unit's month moves a little around its trend (±3 points), the same way for every dossier of that month. */
export function monthWobble(unitCode: string, date: LocalDate, salt: string): number {
  const digest = createHash("sha256")
    .update(`${unitCode}|${date.slice(0, 7)}|${salt}`)
    .digest();
  return (digest.readUInt16BE(0) / 65_535 - 0.5) * 0.06;
}

const clamp = (x: number): number => Math.min(0.99, Math.max(0, x));
const along = (trend: Trend, progress: number): number => trend.start + (trend.end - trend.start) * progress;

export function ratesOn(unit: UnitSeed, date: LocalDate, progress: number): UnitRates {
  const p: DigitalProfile = unit.digital;
  const at = (trend: Trend, salt: string) => clamp(along(trend, progress) + monthWobble(unit.code, date, salt));
  return {
    online: at(p.online, "online"),
    digitised: at(p.digitised, "digitised"),
    payOnline: at(p.payOnline, "pay"),
    electronicResult: at(p.electronicResult, "result"),
    postalIntake: p.postalIntake,
    postalReturn: p.postalReturn,
    reuse: clamp(0.15 + 0.3 * progress + (p.digitised.end - 0.6) * 0.3),
  };
}

/** How the applicant asks for the result: online filers mostly electronically, walk-ins mostly at the desk. */
export function pickDelivery(
  random: Random,
  online: boolean,
  postal: boolean,
  version: WorldVersion,
  rates: UnitRates,
): ResultDelivery {
  const byPost = version.seed.postalAllowed;
  if (postal) return byPost ? "POST" : "AT_DESK";
  if (online) {
    if (byPost && random.chance(rates.postalReturn * 1.5)) return "POST";
    return random.chance(Math.min(0.95, rates.electronicResult + 0.1)) ? "ELECTRONIC" : "AT_DESK";
  }
  return byPost && random.chance(rates.postalReturn) ? "POST" : "AT_DESK";
}

// ─── Rows ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface ContactRow {
  id: string;
  kind: ContactKind;
  value: string;
  firstVerifiedAt: Date;
  lastVerifiedAt: Date;
}

export interface DocumentRow {
  id: string;
  dossierId: string;
  position: number;
  name: string;
  form: WorldDocument["form"];
  count: number;
  received: boolean;
  required: boolean;
  digitised: boolean;
  reuse: DocumentReuse;
  fromNationalStore: boolean;
  check: ComponentCheck;
  checkedById: string | null;
  checkedAt: Date | null;
}

/** What a generated PDF shows; equal contents share the same bytes (files.ts renders each once). */
export interface PdfContent {
  kind: "component" | "result";
  title: string;
  lines: readonly string[];
}

export interface FileRow {
  id: string;
  dossierId: string;
  purpose: FilePurpose;
  documentPosition: number | null;
  /** The stored object: filled in by the seed with its PDF's content address (files.ts, DemoObjects). */
  storageKey: string;
  mediaType: "application/pdf";
  fileName: string;
  source: "UPLOAD" | "SCAN" | "GENERATED";
  uploadedById: string | null;
  uploadedByContactId: string | null;
  uploadedAt: Date;
  content: PdfContent;
}

export interface ResultDocumentRow {
  id: string;
  dossierId: string;
  fileId: string;
  number: string;
  signerName: string;
  signerTitle: string | null;
  /** yyyy-MM-dd */
  signedOn: LocalDate;
  issuingAgency: string;
  kind: string;
  generated: boolean;
  issuedById: string;
  issuedAt: Date;
}

export interface PaymentRequestRow {
  id: string;
  dossierId: string;
  feeAmount: number;
  chargeAmount: number;
  timing: FeeTiming;
  status: PaymentStatus;
  method: PaymentMethod | null;
  paidAt: Date | null;
  recordedById: string | null;
  reference: string | null;
  refundedAt: Date | null;
  refundAmount: number | null;
  refundReason: string | null;
  refundedById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface PaymentAttemptRow {
  id: string;
  requestId: string;
  reference: string;
  amount: number;
  status: PaymentAttemptStatus;
  paymentUrl: string;
  platformTransactionId: string | null;
  bankCode: string | null;
  initiatedAt: Date;
  completedAt: Date | null;
}

export interface PaymentMessageRow {
  attemptId: string;
  reference: string;
  kind: "INIT" | "CALLBACK";
  direction: "OUT" | "IN";
  body: Record<string, unknown>;
  signatureValid: boolean | null;
  at: Date;
}

export interface ShipmentRow {
  id: string;
  dossierId: string;
  direction: "INBOUND" | "OUTBOUND";
  waybill: string;
  status: ShipmentStatus;
  personName: string;
  personPhone: string | null;
  personEmail: string | null;
  address: string;
  provinceCode: string;
  provinceName: string;
  communeCode: string | null;
  communeName: string | null;
  codAmount: number;
  arrivedAt: Date | null;
  receivedById: string | null;
  requestedAt: Date;
  acceptedAt: Date | null;
  handedOverAt: Date | null;
  deliveredAt: Date | null;
  attempts: number;
  requestMessage: Record<string, unknown> | null;
  responseMessage: Record<string, unknown> | null;
  updatedAt: Date;
}

export interface WaybillRow {
  id: string;
  unitId: string;
  number: string;
  usedAt: Date | null;
  shipmentId: string | null;
  createdAt: Date;
}

/** Everything online about one dossier. */
export interface OnlineRows {
  documents: DocumentRow[];
  files: FileRow[];
  results: ResultDocumentRow[];
  payments: PaymentRequestRow[];
  attempts: PaymentAttemptRow[];
  messages: PaymentMessageRow[];
  shipments: ShipmentRow[];
}

// ─── Contacts and waybills (state across the whole world) ───────────────────────────────────────────────────────

/** Contacts already verified and the next waybill of each unit's pool, across the generation. */
export class OnlineLedger {
  private readonly contacts = new Map<string, string>();
  private readonly serials = new Map<string, number>();
  /** Rows made since the last drain (a day's batch takes them). */
  newContacts: ContactRow[] = [];
  newWaybills: WaybillRow[] = [];

  constructor(private readonly unitIndex: ReadonlyMap<string, number>) {}

  /** The verified contact of an online filer: the e-mail when given, else the phone; one row per contact. */
  contactFor(random: Random, email: string | null, phone: string, at: Date): string {
    const kind: ContactKind = email ? "EMAIL" : "PHONE";
    const value = email ? email.toLowerCase() : phone;
    const key = `${kind}|${value}`;
    const known = this.contacts.get(key);
    if (known) return known;
    const id = random.id();
    this.contacts.set(key, id);
    this.newContacts.push({ id, kind, value, firstVerifiedAt: at, lastVerifiedAt: at });
    return id;
  }

  /** Takes the next number of the unit's pool, marked used by the shipment. */
  takeWaybill(random: Random, unit: WorldUnit, shipmentId: string, at: Date): string {
    const serial = (this.serials.get(unit.id) ?? 0) + 1;
    this.serials.set(unit.id, serial);
    const number = poolWaybill(unit.seed.code, this.unitIndex.get(unit.id) ?? 0, serial);
    this.newWaybills.push({ id: random.id(), unitId: unit.id, number, usedAt: at, shipmentId, createdAt: at });
    return number;
  }

  /** The numbers each unit still has unused: `spare` after the last one taken. */
  spareWaybills(random: Random, units: readonly WorldUnit[], spare: number, createdAt: Date): WaybillRow[] {
    return units.flatMap((unit) => {
      const last = this.serials.get(unit.id) ?? 0;
      return Array.from({ length: spare }, (_, i) => ({
        id: random.id(),
        unitId: unit.id,
        number: poolWaybill(unit.seed.code, this.unitIndex.get(unit.id) ?? 0, last + i + 1),
        usedAt: null,
        shipmentId: null,
        createdAt,
      }));
    });
  }

  drain(): { contacts: ContactRow[]; waybills: WaybillRow[] } {
    const out = { contacts: this.newContacts, waybills: this.newWaybills };
    this.newContacts = [];
    this.newWaybills = [];
    return out;
  }
}

/** UPU S10 check digit of an 8-digit serial (weights 8 6 4 2 3 5 9 7). */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial].reduce((s, c, i) => s + Number(c) * (weights[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** S10 number of a unit's pool: two letters of the unit's code, its 2-digit number, a 6-digit serial, check, VN. */
export function poolWaybill(unitCode: string, unitIndex: number, serial: number): string {
  const digits = `${String(unitIndex).padStart(2, "0")}${String(serial).padStart(6, "0")}`;
  return `${unitCode.slice(0, 2).toUpperCase()}${digits}${s10CheckDigit(digits)}VN`;
}

/** A sender's own waybill (parcel posted to the desk), EMS-style. */
function senderWaybill(random: Random): string {
  const digits = random.digits(8);
  return `EB${digits}${s10CheckDigit(digits)}VN`;
}

// ─── Building the rows ──────────────────────────────────────────────────────────────────────────────────────────

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const BANKS = ["VCB", "BIDV", "CTG", "VBA", "TCB", "MB", "ACB", "VPB"] as const;
/** The demo's platform partner code and shared secret: raw messages are signed as the platform would sign them. */
export const DEMO_PARTNER_CODE = "MOTCUA_STY";
const DEMO_SECRET = "motcua-demo-secret";
const PAYMENT_URL = "https://thanhtoan.dichvucong.gov.vn/thanh-toan?ma=";

export interface OnlineInput {
  cal: WorkingCalendar;
  now: Date;
  random: Random;
  ledger: OnlineLedger;
  unit: WorldUnit;
  procedure: WorldProcedure;
  version: WorldVersion;
  rates: UnitRates;
  dossierId: string;
  code: string;
  online: boolean;
  postal: boolean;
  delivery: ResultDelivery;
  contactId: string | null;
  applicant: { name: string; phone: string; email: string | null; address: string; citizen: boolean; ward: WorldUnit };
  submittedAt: Date;
  /** Null while the desk has not received it (the online queue). */
  receivedAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  granted: boolean;
  receptionist: WorldUser;
  approver: WorldUser;
  feeAmount: number;
  chargeAmount: number;
  /** Components received (optional ones only sometimes), by position. */
  received: ReadonlySet<number>;
  /** Whether to issue an electronic result once granted (the delivery or the unit's habit). */
  electronicPlanned: boolean;
  /** Pay-before registrations: whether the citizen has paid yet. */
  paidBeforeIntake?: boolean;
}

export interface OnlineOutcome extends OnlineRows {
  digitised: boolean;
  dataReused: boolean;
  electronicResult: boolean;
  feePaidOnline: boolean;
}

export function onlineRows(input: OnlineInput): OnlineOutcome {
  const { random, version, rates, receivedAt } = input;
  const documents: DocumentRow[] = [];
  const files: FileRow[] = [];
  // Walk-ins: the desk scans the whole file (or, rarely, a part of it); online: every uploadable component came as a
  // file and the paper ones are scanned at receipt as the unit usually does.
  const scanAll = random.chance(rates.digitised);
  const scanSome = !scanAll && random.chance(0.15);
  // DuocLayTuKhoDMQG: a citizen filing online picks a paper from their data store on the national portal.
  const reused =
    input.online && input.applicant.citizen && receivedAt !== null && random.chance(rates.reuse)
      ? version.documents.find((d) => d.uploadable && input.received.has(d.position))?.position
      : undefined;
  for (const d of version.documents) {
    // Before receipt only the uploaded files are in: the papers come when the desk receives the dossier.
    const brought = input.received.has(d.position);
    const uploaded = input.online && brought && d.uploadable;
    const received = brought && (receivedAt !== null || uploaded);
    const scanned = !uploaded && received && receivedAt !== null && (scanAll || (scanSome && random.chance(0.5)));
    const fromPortal = reused === d.position;
    const digitised = uploaded || scanned || fromPortal;
    documents.push({
      id: random.id(),
      dossierId: input.dossierId,
      position: d.position,
      name: d.name,
      form: d.form,
      count: d.count,
      received,
      required: !d.optional,
      digitised,
      reuse: fromPortal ? "REUSED_FROM_NATIONAL_PORTAL" : "NONE",
      fromNationalStore: fromPortal,
      check: receivedAt !== null && received ? "VALID" : "PENDING",
      checkedById: receivedAt !== null && received ? input.receptionist.id : null,
      checkedAt: receivedAt !== null && received ? receivedAt : null,
    });
    if (!digitised) continue;
    const id = random.id();
    const atDesk = scanned && !uploaded;
    files.push({
      id,
      dossierId: input.dossierId,
      purpose: "COMPONENT",
      documentPosition: d.position,
      storageKey: "",
      mediaType: "application/pdf",
      fileName: `${slug(d.name)}.pdf`,
      source: atDesk ? "SCAN" : "UPLOAD",
      uploadedById: atDesk ? input.receptionist.id : null,
      uploadedByContactId: atDesk ? null : input.contactId,
      uploadedAt: atDesk && receivedAt ? receivedAt : input.submittedAt,
      content: componentContent(d),
    });
  }
  const digitised = documents.every((d) => !d.required || !d.received || d.digitised);

  const results: ResultDocumentRow[] = [];
  const electronicResult =
    input.electronicPlanned && input.granted && input.finishedAt !== null && input.finishedAt <= input.now;
  if (electronicResult && input.finishedAt) {
    const fileId = random.id();
    const kind = resultKindOf(input.procedure);
    files.push({
      id: fileId,
      dossierId: input.dossierId,
      purpose: "RESULT",
      documentPosition: null,
      storageKey: "",
      mediaType: "application/pdf",
      fileName: `ket-qua-${input.code}.pdf`,
      source: "GENERATED",
      uploadedById: input.approver.id,
      uploadedByContactId: null,
      uploadedAt: input.finishedAt,
      content: resultContent(input.procedure),
    });
    results.push({
      id: random.id(),
      dossierId: input.dossierId,
      fileId,
      number: `${random.int(1, 1800)}/${RESULT_SYMBOL[input.procedure.fieldCode]}-UBND`,
      signerName: input.approver.fullName,
      signerTitle: input.approver.title ?? null,
      signedOn: localDay(input.cal, input.finishedAt),
      issuingAgency: agencyOf(input.unit),
      kind,
      generated: true,
      issuedById: input.approver.id,
      issuedAt: input.finishedAt,
    });
  }

  const payment = paymentRows(input);
  return {
    documents,
    files,
    results,
    ...payment,
    shipments: shipmentRows(input),
    digitised,
    dataReused: reused !== undefined,
    electronicResult,
  };
}

function paymentRows(
  input: OnlineInput,
): Pick<OnlineRows, "payments" | "attempts" | "messages"> & { feePaidOnline: boolean } {
  const none = { payments: [], attempts: [], messages: [], feePaidOnline: false };
  const { version, random, feeAmount, chargeAmount } = input;
  const total = feeAmount + chargeAmount;
  if (version.feeTiming === "EXEMPT" || total === 0) return none;
  const before = version.feeTiming === "BEFORE_INTAKE";
  const createdAt = before ? input.submittedAt : (input.receivedAt ?? input.submittedAt);
  const request: PaymentRequestRow = {
    id: random.id(),
    dossierId: input.dossierId,
    feeAmount,
    chargeAmount,
    timing: version.feeTiming,
    status: "UNPAID",
    method: null,
    paidAt: null,
    recordedById: null,
    reference: null,
    refundedAt: null,
    refundAmount: null,
    refundReason: null,
    refundedById: null,
    createdAt,
    updatedAt: createdAt,
  };
  // When it is paid: before intake at submission (online) or at the counter; after the result, when it is collected
  // (or, online, as soon as it is ready).
  let paidAt: Date | null = null;
  const payOnline = input.online && random.chance(input.rates.payOnline);
  if (before) {
    if (input.receivedAt || input.paidBeforeIntake) {
      const gap = (input.receivedAt?.getTime() ?? input.now.getTime()) - input.submittedAt.getTime();
      paidAt =
        payOnline || input.paidBeforeIntake
          ? new Date(input.submittedAt.getTime() + Math.round(random.between(0.1, 0.45) * Math.min(gap, 40 * MINUTE)))
          : input.receivedAt;
    }
  } else if (input.finishedAt && input.returnedAt && input.returnedAt <= input.now) {
    paidAt = payOnline
      ? new Date(
          input.finishedAt.getTime() +
            Math.round(random.between(0.1, 0.9) * (input.returnedAt.getTime() - input.finishedAt.getTime())),
        )
      : input.returnedAt;
  }
  if (!paidAt) return { ...none, payments: [request] };

  const online = payOnline || input.paidBeforeIntake === true;
  request.status = "PAID";
  request.paidAt = paidAt;
  request.updatedAt = paidAt;
  const attempts: PaymentAttemptRow[] = [];
  const messages: PaymentMessageRow[] = [];
  if (online) {
    request.method = "ONLINE";
    // One in ten tries once and gives up at the bank first (MaLoi 24: cancelled by the payer).
    const tries = random.chance(0.1) ? 2 : 1;
    for (let i = 1; i <= tries; i++) {
      const success = i === tries;
      const initiatedAt = new Date(paidAt.getTime() - (tries - i + 1) * Math.round(random.between(1, 4) * MINUTE));
      const completedAt = new Date(success ? paidAt.getTime() : initiatedAt.getTime() + 2 * MINUTE);
      const attempt: PaymentAttemptRow = {
        id: random.id(),
        requestId: request.id,
        reference: `${input.code}-${i}`,
        amount: total,
        status: success ? "SUCCESS" : "FAILED",
        paymentUrl: `${PAYMENT_URL}${input.code}-${i}`,
        platformTransactionId: success ? random.digits(12) : null,
        bankCode: random.pick(BANKS),
        initiatedAt,
        completedAt,
      };
      attempts.push(attempt);
      messages.push(...platformMessages(input, attempt, success ? "00" : "24"));
    }
  } else {
    const transfer = input.postal || input.delivery === "POST" || random.chance(0.25);
    request.method = transfer ? "TRANSFER" : "CASH";
    request.recordedById = input.receptionist.id;
    request.reference = transfer ? `CK${random.digits(10)}` : `BL-${input.code}`;
  }
  // A refused request (rare): the lệ phí goes back to the applicant.
  if (!input.granted && input.finishedAt && input.finishedAt <= input.now && chargeAmount > 0) {
    const refundedAt = new Date(Math.max(input.finishedAt.getTime(), paidAt.getTime()) + HOUR);
    if (refundedAt <= input.now) {
      request.status = "REFUNDED";
      request.refundedAt = refundedAt;
      request.refundAmount = chargeAmount;
      request.refundReason = "Hồ sơ không đủ điều kiện giải quyết: hoàn trả lệ phí theo quy định";
      request.refundedById = input.receptionist.id;
      request.updatedAt = refundedAt;
    }
  }
  return { payments: [request], attempts, messages, feePaidOnline: online };
}

/** The two signed messages of a payment: our INIT and the platform's confirmation (the answers are left out for size). */
function platformMessages(input: OnlineInput, attempt: PaymentAttemptRow, code: string): PaymentMessageRow[] {
  const stamp = (at: Date) => platformTime(input.cal, at);
  const signed = (kind: SignedMessageKind, body: Record<string, unknown>) => ({
    ...body,
    MaXacThuc: createHash("sha256")
      .update(signingInput(kind, body, DEMO_SECRET))
      .digest("hex"),
  });
  const at = attempt.initiatedAt;
  const done = attempt.completedAt ?? at;
  const info = `Thanh toan phi, le phi ho so ${input.code}`;
  const row = (
    kind: PaymentMessageRow["kind"],
    direction: PaymentMessageRow["direction"],
    body: Record<string, unknown>,
    when: Date,
    signatureValid: boolean | null,
  ): PaymentMessageRow => ({
    attemptId: attempt.id,
    reference: attempt.reference,
    kind,
    direction,
    body,
    signatureValid,
    at: when,
  });
  return [
    row(
      "INIT",
      "OUT",
      signed("INIT", {
        LoaiBanTin: "INIT",
        PhienBan: PROTOCOL_VERSION,
        MaDoiTac: DEMO_PARTNER_CODE,
        MaThamChieu: attempt.reference,
        SoTien: attempt.amount,
        LoaiHinhThanhToan: "PAY",
        MaKenhThanhToan: "1",
        MaThietBi: "1",
        NgonNgu: "vi-VN",
        MaTienTe: "VND",
        MaNganHang: "",
        ThongTinGiaoDich: info,
        ThoiGianGD: stamp(at),
        Ip: "113.190.0.1",
      }),
      at,
      null,
    ),
    row(
      "CALLBACK",
      "IN",
      signed("CALLBACK", {
        LoaiBanTin: "PAY",
        MaLoi: code,
        MaDoiTac: DEMO_PARTNER_CODE,
        MaThamChieu: attempt.reference,
        SoTien: attempt.amount,
        MaTienTe: "VND",
        MaGiaoDich: attempt.platformTransactionId ?? "",
        MaNganHang: attempt.bankCode ?? "",
        ThoiGianGD: stamp(done),
        ThongTinGiaoDich: info,
      }),
      done,
      true,
    ),
  ];
}

function shipmentRows(input: OnlineInput): ShipmentRow[] {
  const { random, applicant } = input;
  const shipments: ShipmentRow[] = [];
  const person = {
    personName: applicant.name,
    personPhone: applicant.phone,
    personEmail: applicant.email,
    address: applicant.address,
    provinceCode: "01",
    provinceName: "Thành phố Hà Nội",
    communeCode: applicant.ward.seed.code,
    communeName: `${applicant.ward.seed.kindLabel} ${applicant.ward.seed.name}`,
  };
  if (input.postal && input.receivedAt) {
    const arrivedAt = input.submittedAt;
    const postedAt = new Date(arrivedAt.getTime() - Math.round(random.between(20, 60) * HOUR));
    shipments.push({
      id: random.id(),
      dossierId: input.dossierId,
      direction: "INBOUND",
      waybill: senderWaybill(random),
      status: "ARRIVED",
      ...person,
      codAmount: 0,
      arrivedAt,
      receivedById: input.receptionist.id,
      requestedAt: postedAt,
      acceptedAt: postedAt,
      handedOverAt: null,
      deliveredAt: null,
      attempts: 0,
      requestMessage: null,
      responseMessage: null,
      updatedAt: arrivedAt,
    });
  }
  if (input.delivery === "POST" && input.finishedAt && input.finishedAt <= input.now) {
    const id = random.id();
    const requestedAt = new Date(input.finishedAt.getTime() + Math.round(random.between(5, 40) * MINUTE));
    if (requestedAt > input.now) return shipments;
    const waybill = input.ledger.takeWaybill(random, input.unit, id, requestedAt);
    const acceptedAt = new Date(requestedAt.getTime() + Math.round(random.between(1, 20) * MINUTE));
    const handedOverAt = input.returnedAt && input.returnedAt <= input.now ? input.returnedAt : null;
    const deliveredAt = handedOverAt
      ? new Date(handedOverAt.getTime() + Math.round(random.between(18, 54) * HOUR))
      : null;
    const delivered = deliveredAt !== null && deliveredAt <= input.now;
    const status: ShipmentStatus = delivered ? "DELIVERED" : handedOverAt ? "HANDED_OVER" : "ACCEPTED";
    shipments.push({
      id,
      dossierId: input.dossierId,
      direction: "OUTBOUND",
      waybill,
      status,
      ...person,
      codAmount: 0,
      arrivedAt: null,
      receivedById: null,
      requestedAt,
      acceptedAt: acceptedAt <= input.now ? acceptedAt : null,
      handedOverAt,
      deliveredAt: delivered ? deliveredAt : null,
      attempts: 1,
      requestMessage: {
        CustomerCode: input.unit.seed.postalCustomerCode,
        ItemCode: waybill,
        OrderNumber: input.code,
        CODAmount: 0,
        SenderName: agencyOf(input.unit),
        SenderAddress: input.unit.seed.address,
        SenderTel: input.unit.seed.phone,
        ReceiverName: applicant.name,
        ReceiverAddress: applicant.address,
        ReceiverTel: applicant.phone,
        Description: `Kết quả giải quyết hồ sơ ${input.code}`,
      },
      responseMessage: { Status: "100", Message: "Thành công" },
      updatedAt: (delivered ? deliveredAt : (handedOverAt ?? acceptedAt)) as Date,
    });
  }
  return shipments;
}

// ─── Labels ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Số ký hiệu of results by field (e.g. 125/GKS-UBND is a birth certificate; kept short and plausible). */
const RESULT_SYMBOL: Readonly<Record<FieldCode, string>> = {
  HOTICH: "TLHT",
  CHUNGTHUC: "CT",
  DATDAI: "GCN",
  XAYDUNG: "GPXD",
  HOKINHDOANH: "ĐKHKD",
  CONGTHUONG: "GP",
  LDTBXH: "QĐ",
  VANHOA: "GP",
  GIAODUC: "QĐ",
  YTE: "GCN",
  TONGIAO: "TB",
  THIDUA: "QĐ-KT",
};

/** Loại giấy tờ kết quả of the most frequent procedures; the rest say what they decide. */
const RESULT_KINDS: Readonly<Record<string, string>> = {
  "1.001193": "Giấy khai sinh",
  "1.000894": "Giấy chứng nhận kết hôn",
  "1.000656": "Trích lục khai tử",
  "1.004873": "Giấy xác nhận tình trạng hôn nhân",
  "2.000635": "Bản sao trích lục hộ tịch",
  "2.000908": "Bản sao được chứng thực từ bản chính",
  "2.000815": "Giấy tờ, văn bản được chứng thực chữ ký",
  "2.000927": "Bản sao được chứng thực từ bản chính",
  "1.004227": "Giấy chứng nhận quyền sử dụng đất (đăng ký biến động)",
  "1.004221": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
  "1.004217": "Giấy chứng nhận quyền sử dụng đất (cấp đổi)",
  "1.009974": "Giấy phép xây dựng",
  "1.009977": "Giấy phép sửa chữa, cải tạo",
  "1.001612": "Giấy chứng nhận đăng ký hộ kinh doanh",
  "2.000720": "Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi)",
  "2.000633": "Giấy phép bán lẻ rượu",
  "1.005097": "Giấy giới thiệu chuyển trường",
};

export function resultKindOf(procedure: WorldProcedure): string {
  return RESULT_KINDS[procedure.seed.code] ?? `Văn bản giải quyết thủ tục: ${procedure.seed.name}`;
}

function agencyOf(unit: WorldUnit): string {
  return `UBND ${unit.seed.kindLabel.toLowerCase()} ${unit.seed.name}`;
}

/** One PDF per component name and form: a few hundred bytes of difference are not worth a render each. */
function componentContent(d: WorldDocument): PdfContent {
  const form = d.form === "ORIGINAL" ? "bản chính" : d.form === "COPY" ? "bản sao" : "bản sao có chứng thực";
  return { kind: "component", title: d.name, lines: [`Thành phần hồ sơ (${form}), bản điện tử`] };
}

/** One PDF per kind of result where the kind is known, else per field: a render costs tens of milliseconds. */
function resultContent(procedure: WorldProcedure): PdfContent {
  const kind = RESULT_KINDS[procedure.seed.code];
  return kind
    ? { kind: "result", title: kind, lines: ["Kết quả giải quyết thủ tục hành chính, bản điện tử"] }
    : {
        kind: "result",
        title: "Kết quả giải quyết thủ tục hành chính",
        lines: [`Lĩnh vực: ${FIELDS[procedure.fieldCode]}`],
      };
}

/** A short ASCII file name from a component's name. */
export function slug(text: string): string {
  return (
    toAscii(text)
      .toLowerCase()
      .replace(/\([^)]*\)/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "tai-lieu"
  );
}

function localDay(cal: WorkingCalendar, at: Date): LocalDate {
  return format(new TZDate(at.getTime(), cal.timeZone), "yyyy-MM-dd");
}

/** yyyyMMddHHmmss in the calendar's zone, as the platform writes ThoiGianGD. */
function platformTime(cal: WorkingCalendar, at: Date): string {
  return format(new TZDate(at.getTime(), cal.timeZone), "yyyyMMddHHmmss");
}
