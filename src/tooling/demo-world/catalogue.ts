// The demo world's catalogue as plain data. Today's map (since 1/7/2025): Thành phố Hà Nội → phường Sơn Tây, phường
// Tùng Thiện, xã Đoài Phương, each with its public administration service centre and offices. History (until
// 30/06/2025): Thị xã Sơn Tây and its 15 wards and communes, each linked to the unit that continues it (README.md, "The demo world's map").
// Then the fields (lĩnh vực) and ~50 real administrative procedures (thủ tục hành chính) with versions and documents.
// Codes come from the national procedure database where known; the ones marked "mã tham khảo" are plausible
// stand-ins. Decision numbers are illustrative. Nothing here draws random numbers or touches the database.
import type { DocumentForm, DurationUnit, OfficeKind, UnitLevel } from "@/generated/prisma/client";

// ─── Units ──────────────────────────────────────────────────────────────────────────────────────────────────────

export interface UnitSeed {
  code: string;
  name: string;
  kindLabel: string;
  level: UnitLevel;
  parentCode: string | null;
  address: string;
  /** ASCII name used in demo usernames (tiepnhan.leloi). */
  slug: string;
  /** Relative dossier demand among wards (≈ population, thousands). Town-level volume is set separately. */
  demandWeight: number;
  /** Share of resolved dossiers finished late, before procedure mix (most units 0.5–1.8%, two weaker ones ~4%). */
  lateRate: number;
  /** Streets (phố) or villages (thôn) for applicants' addresses. */
  places: readonly string[];
  /** The service centre's phone, opening hours and customer code at the public postal service. */
  phone: string;
  openingHours: string;
  postalCustomerCode: string;
  /** How far the unit's online service has come (shares rise from `start` to `end` over the period). */
  digital: DigitalProfile;
  /** yyyy-MM-dd, first day the unit exists (units formed on 1/7/2025); absent: before the records begin. */
  effectiveFrom?: string;
  /** yyyy-MM-dd, last day (inclusive) the unit existed; absent while it exists. */
  effectiveTo?: string;
  /** Code of the unit that continues this one (for a split ward: the one that took most of it). */
  successorCode?: string;
  /** The resolution that formed or ended the unit. */
  changeBasis?: string;
}

/** First day of the two-tier map: districts abolished, communes and wards directly under the province. */
export const REFORM_DAY = "2025-07-01";
/** Last day of the old map. */
export const LAST_DAY_BEFORE_REFORM = "2025-06-30";
/**
 * The Standing Committee of the National Assembly's 2025 resolution on the arrangement of Hà Nội's commune-level
 * units. Number and date as commonly cited; not checked against the official gazette here (README.md, "The demo world's map").
 */
export const REFORM_BASIS = "Nghị quyết 1656/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội";

/** Whether a unit exists (may receive dossiers) on a local date. */
export function unitInForce(unit: Pick<UnitSeed, "effectiveFrom" | "effectiveTo">, date: string): boolean {
  return (
    (unit.effectiveFrom === undefined || unit.effectiveFrom <= date) &&
    (unit.effectiveTo === undefined || date <= unit.effectiveTo)
  );
}

/** A share at the start and at the end of the demo period; the generator interpolates by date (plus a monthly wobble). */
export interface Trend {
  start: number;
  end: number;
}

/**
 * A unit's online service in numbers. Leaders report over 90% of dossiers online and nearly all digitised; laggards
 * 20–30% (the source articles' spread). Each share is of the dossiers it can apply to: online of all received,
 * payment of online dossiers that owe a fee, postal intake of procedures that accept it, and so on.
 */
export interface DigitalProfile {
  online: Trend;
  /** Share of received dossiers whose components are all scanned or uploaded. */
  digitised: Trend;
  /** Share of online dossiers owing a fee that pay through the national payment platform. */
  payOnline: Trend;
  /** Share of granted results also issued as an electronic document (a file). */
  electronicResult: Trend;
  /** Share of dossiers of postal-intake procedures that arrive by post. */
  postalIntake: number;
  /** Share of results of postal-return procedures sent by post (besides online dossiers asking for it). */
  postalReturn: number;
}

export const OPENING_HOURS = "Thứ Hai – Thứ Sáu: sáng 7:30–11:30, chiều 13:30–17:00 (trừ ngày nghỉ lễ, Tết)";

const LEADER: DigitalProfile = {
  online: { start: 0.8, end: 0.95 },
  digitised: { start: 0.85, end: 0.98 },
  payOnline: { start: 0.6, end: 0.9 },
  electronicResult: { start: 0.3, end: 0.6 },
  postalIntake: 0.1,
  postalReturn: 0.12,
};
const MIDDLE: DigitalProfile = {
  online: { start: 0.42, end: 0.68 },
  digitised: { start: 0.5, end: 0.8 },
  payOnline: { start: 0.3, end: 0.6 },
  electronicResult: { start: 0.12, end: 0.32 },
  postalIntake: 0.06,
  postalReturn: 0.06,
};
const LAGGARD: DigitalProfile = {
  online: { start: 0.2, end: 0.3 },
  digitised: { start: 0.2, end: 0.38 },
  payOnline: { start: 0.08, end: 0.25 },
  electronicResult: { start: 0.04, end: 0.12 },
  postalIntake: 0.03,
  postalReturn: 0.025,
};

/** The three profiles by name (the PAR Index demo scores a unit's manual criteria by its profile). */
export const DIGITAL_PROFILES = { LEADER, MIDDLE, LAGGARD } as const;

const TOWN_ADDRESS = "Số 1 phố Phó Đức Chính, phường Ngô Quyền, thị xã Sơn Tây, Hà Nội";

export const PROVINCE: UnitSeed = {
  code: "HNI",
  name: "Hà Nội",
  kindLabel: "Thành phố",
  level: "PROVINCE",
  parentCode: null,
  address: "Số 12 phố Lê Lai, phường Hoàn Kiếm, Hà Nội",
  slug: "hanoi",
  demandWeight: 0,
  lateRate: 0,
  places: [],
  phone: "024 3825 3536",
  openingHours: OPENING_HOURS,
  postalCustomerCode: "HNI0000001",
  digital: MIDDLE,
};

export const TOWN: UnitSeed = {
  code: "STY",
  name: "Sơn Tây",
  kindLabel: "Thị xã",
  level: "DISTRICT",
  parentCode: "HNI",
  address: TOWN_ADDRESS,
  slug: "sontay",
  demandWeight: 0,
  lateRate: 0.013,
  places: [
    "phố Phùng Khắc Khoan",
    "phố Lê Lợi",
    "phố Quang Trung",
    "đường Chùa Thông",
    "phố Ngô Quyền",
    "đường Hữu Nghị",
  ],
  phone: "024 3383 2216",
  openingHours: OPENING_HOURS,
  postalCustomerCode: "HNI0120001",
  digital: { ...MIDDLE, online: { start: 0.5, end: 0.78 }, digitised: { start: 0.6, end: 0.88 } },
  effectiveTo: LAST_DAY_BEFORE_REFORM,
  successorCode: "PST",
  changeBasis: REFORM_BASIS,
};

function ward(
  code: string,
  kindLabel: "Phường" | "Xã",
  name: string,
  slug: string,
  demandWeight: number,
  lateRate: number,
  places: readonly string[],
  digital: DigitalProfile = MIDDLE,
): UnitSeed {
  const successorCode = SUCCESSORS[code];
  if (!successorCode) throw new Error(`Ward ${code} has no successor`);
  const lower = kindLabel.toLowerCase();
  const index = WARD_COUNTER.next++;
  const seat = places[0] ?? "";
  const street = /^(phố|đường)/.test(seat) ? `số ${10 + index * 7} ${seat}` : seat;
  return {
    code,
    name,
    kindLabel,
    level: "COMMUNE",
    parentCode: TOWN.code,
    address: `Trụ sở UBND ${lower} ${name}, ${street}, ${lower} ${name}, thị xã Sơn Tây, Hà Nội`,
    slug,
    demandWeight,
    lateRate,
    places,
    phone: `024 3383 ${String(4100 + index * 37).padStart(4, "0")}`,
    openingHours: OPENING_HOURS,
    postalCustomerCode: `HNI0120${String(index + 2).padStart(3, "0")}`,
    digital,
    effectiveTo: LAST_DAY_BEFORE_REFORM,
    successorCode,
    changeBasis: REFORM_BASIS,
  };
}
const WARD_COUNTER = { next: 0 };

/**
 * Which 2025 unit continues each old ward (a split ward: the one that took most of it). Sourced
 * (ONLINE-SERVICES.md): phường Sơn Tây takes all of Phú Thịnh, Ngô Quyền, Viên Sơn, Đường Lâm and most of Sơn Lộc and
 * Trung Hưng (only part of Thanh Mỹ). Plausible, not sourced: the rest between phường Tùng Thiện (the other urban
 * wards, Xuân Sơn and most of Thanh Mỹ) and xã Đoài Phương (the rural south-east: Cổ Đông, Kim Sơn, Sơn Đông).
 */
export const SUCCESSORS: Readonly<Record<string, string>> = {
  PTH: "PST",
  NQU: "PST",
  VSO: "PST",
  DLA: "PST",
  SLO: "PST",
  THU: "PST",
  LLO: "PTT",
  QTR: "PTT",
  TST: "PTT",
  XKH: "PTT",
  TMY: "PTT",
  XSO: "PTT",
  CDO: "XDP",
  KSO: "XDP",
  SDO: "XDP",
};

/** 15 phường/xã of Thị xã Sơn Tây (as in the source articles, before the 1/7/2025 reorganisation). */
export const WARDS: readonly UnitSeed[] = [
  ward(
    "LLO",
    "Phường",
    "Lê Lợi",
    "leloi",
    7,
    0.008,
    ["phố Lê Lợi", "phố Phó Đức Chính", "phố Chùa Mía", "ngõ Văn Miếu"],
    LEADER,
  ),
  ward(
    "NQU",
    "Phường",
    "Ngô Quyền",
    "ngoquyen",
    9,
    0.009,
    ["phố Ngô Quyền", "phố Phan Chu Trinh", "phố Lê Lai", "phố Đinh Tiên Hoàng"],
    { ...LEADER, online: { start: 0.74, end: 0.92 } },
  ),
  ward("PTH", "Phường", "Phú Thịnh", "phuthinh", 9, 0.011, [
    "phố Phú Thịnh",
    "phố Tùng Thiện",
    "phố La Thành",
    "phố Đốc Ngữ",
  ]),
  ward(
    "QTR",
    "Phường",
    "Quang Trung",
    "quangtrung",
    12,
    0.008,
    ["phố Quang Trung", "phố Phùng Hưng", "phố Hoàng Diệu", "phố Chùa Thông"],
    LEADER,
  ),
  ward("SLO", "Phường", "Sơn Lộc", "sonloc", 14, 0.014, [
    "đường Sơn Lộc",
    "phố Lê Thánh Tông",
    "tổ dân phố Vân Gia",
    "tổ dân phố Phù Sa",
  ]),
  ward("THU", "Phường", "Trung Hưng", "trunghung", 14, 0.01, [
    "phố Trung Hưng",
    "đường Hữu Nghị",
    "tổ dân phố Ngôi",
    "tổ dân phố Mai Trai",
  ]),
  ward("TST", "Phường", "Trung Sơn Trầm", "trungsontram", 9, 0.016, [
    "tổ dân phố Sơn Trung",
    "tổ dân phố Phú Nhi",
    "đường Trung Sơn Trầm",
  ]),
  ward("VSO", "Phường", "Viên Sơn", "vienson", 10, 0.012, [
    "tổ dân phố Viên Sơn",
    "tổ dân phố Tiền Huân",
    "đường Viên Sơn",
  ]),
  ward(
    "XKH",
    "Phường",
    "Xuân Khanh",
    "xuankhanh",
    12,
    0.04,
    ["tổ dân phố Xuân Khanh", "tổ dân phố Tân Xuân", "đường Xuân Khanh", "tổ dân phố Đồng Trạng"],
    { ...MIDDLE, online: { start: 0.3, end: 0.45 } },
  ),
  ward("CDO", "Xã", "Cổ Đông", "codong", 19, 0.013, [
    "thôn Đồng Sống",
    "thôn Vân Trai",
    "thôn Văn Miếu",
    "thôn Hàng Xuân",
  ]),
  ward(
    "DLA",
    "Xã",
    "Đường Lâm",
    "duonglam",
    9,
    0.007,
    ["thôn Mông Phụ", "thôn Đông Sàng", "thôn Cam Thịnh", "thôn Đoài Giáp", "thôn Cam Lâm", "thôn Phụ Khang"],
    { ...MIDDLE, online: { start: 0.35, end: 0.58 } },
  ),
  ward(
    "KSO",
    "Xã",
    "Kim Sơn",
    "kimson",
    15,
    0.015,
    ["thôn Kim Tân", "thôn Kim Trung", "thôn Đông Sơn", "thôn Kiều Sơn"],
    { ...LAGGARD, online: { start: 0.24, end: 0.34 } },
  ),
  ward(
    "SDO",
    "Xã",
    "Sơn Đông",
    "sondong",
    14,
    0.036,
    ["thôn Phú Nhi", "thôn Mai Trai", "thôn Hậu Trạch", "thôn Quán Ngỏi"],
    LAGGARD,
  ),
  ward("TMY", "Xã", "Thanh Mỹ", "thanhmy", 13, 0.011, [
    "thôn Thanh Vị",
    "thôn Mỹ Hạ",
    "thôn Thanh Trầm",
    "thôn Xuân Khanh",
  ]),
  ward(
    "XSO",
    "Xã",
    "Xuân Sơn",
    "xuanson",
    8,
    0.009,
    ["thôn Đồng Bồng", "thôn Đồng Chay", "thôn Xuân Hòa", "thôn Xuân Trường"],
    LAGGARD,
  ),
];

/** A 2025 unit: its seat, and the places, demand and habits of the old wards it continues. */
function commune2025(
  code: string,
  kindLabel: "Phường" | "Xã",
  name: string,
  slug: string,
  seat: string,
  phone: string,
  digital: DigitalProfile,
  lateRateOverride?: number,
): UnitSeed {
  const predecessors = WARDS.filter((w) => w.successorCode === code);
  const demandWeight = predecessors.reduce((s, w) => s + w.demandWeight, 0);
  const lateRate = lateRateOverride ?? predecessors.reduce((s, w) => s + w.lateRate * w.demandWeight, 0) / demandWeight;
  const lower = kindLabel.toLowerCase();
  return {
    code,
    name,
    kindLabel,
    level: "COMMUNE",
    parentCode: PROVINCE.code,
    address: `Trung tâm Phục vụ hành chính công ${lower} ${name}, ${seat}, ${lower} ${name}, Hà Nội`,
    slug,
    demandWeight,
    lateRate: Math.round(lateRate * 10_000) / 10_000,
    places: [...new Set(predecessors.flatMap((w) => w.places))],
    phone,
    openingHours: OPENING_HOURS,
    postalCustomerCode: `HNI0125${code}`,
    digital,
    effectiveFrom: REFORM_DAY,
    changeBasis: REFORM_BASIS,
  };
}

/** The three commune-level units formed on 1/7/2025 from thị xã Sơn Tây (codes are this demo's own). */
export const COMMUNES_2025: readonly UnitSeed[] = [
  commune2025("PST", "Phường", "Sơn Tây", "sontay", "số 1 phố Phó Đức Chính", "024 3383 2216", {
    ...LEADER,
    online: { start: 0.7, end: 0.9 },
  }),
  commune2025("PTT", "Phường", "Tùng Thiện", "tungthien", "số 2 phố Quang Trung", "024 3383 4120", MIDDLE),
  // The weaker unit of the three (as Sơn Đông and Kim Sơn were): more late dossiers, slower to go online.
  commune2025(
    "XDP",
    "Xã",
    "Đoài Phương",
    "doaiphuong",
    "thôn Văn Miếu",
    "024 3383 4470",
    { ...LAGGARD, online: { start: 0.26, end: 0.42 } },
    0.034,
  ),
];

export const ALL_UNITS: readonly UnitSeed[] = [PROVINCE, TOWN, ...WARDS, ...COMMUNES_2025];

/** The units that receive dossiers today. */
export const CURRENT_UNITS: readonly UnitSeed[] = COMMUNES_2025;

// ─── Offices ────────────────────────────────────────────────────────────────────────────────────────────────────

export interface OfficeSeed {
  code: string;
  name: string;
  kind: OfficeKind;
}

export const RECEPTION_OFFICE_CODE = "MOTCUA";
export const LEADERSHIP_OFFICE_CODE = "VANPHONG";

/** Phòng chuyên môn of Thị xã Sơn Tây. */
export const TOWN_OFFICES: readonly OfficeSeed[] = [
  { code: RECEPTION_OFFICE_CODE, name: "Bộ phận Một cửa", kind: "RECEPTION" },
  { code: LEADERSHIP_OFFICE_CODE, name: "Văn phòng HĐND và UBND", kind: "LEADERSHIP" },
  { code: "NOIVU", name: "Phòng Nội vụ", kind: "DEPARTMENT" },
  { code: "TUPHAP", name: "Phòng Tư pháp", kind: "DEPARTMENT" },
  { code: "TCKH", name: "Phòng Tài chính - Kế hoạch", kind: "DEPARTMENT" },
  { code: "TNMT", name: "Phòng Tài nguyên và Môi trường", kind: "DEPARTMENT" },
  { code: "QLDT", name: "Phòng Quản lý đô thị", kind: "DEPARTMENT" },
  { code: "KINHTE", name: "Phòng Kinh tế", kind: "DEPARTMENT" },
  { code: "VHTT", name: "Phòng Văn hóa và Thông tin", kind: "DEPARTMENT" },
  { code: "LDTBXH", name: "Phòng Lao động - Thương binh và Xã hội", kind: "DEPARTMENT" },
  { code: "YTE", name: "Phòng Y tế", kind: "DEPARTMENT" },
  { code: "GDDT", name: "Phòng Giáo dục và Đào tạo", kind: "DEPARTMENT" },
];

/** Sections of every ward before 1/7/2025; codes shared with the town so procedures name their office once per level. */
export const WARD_OFFICES: readonly OfficeSeed[] = [
  { code: RECEPTION_OFFICE_CODE, name: "Bộ phận Một cửa", kind: "RECEPTION" },
  { code: LEADERSHIP_OFFICE_CODE, name: "Lãnh đạo UBND", kind: "LEADERSHIP" },
  { code: "TUPHAP", name: "Tư pháp - Hộ tịch", kind: "DEPARTMENT" },
  // Địa chính - Xây dựng: land and construction share one section in a ward.
  { code: "TNMT", name: "Địa chính - Xây dựng", kind: "DEPARTMENT" },
  { code: "VHXH", name: "Văn hóa - Xã hội", kind: "DEPARTMENT" },
];

/** Office code of the 2025 commune's Văn phòng HĐND và UBND (also tư pháp - hộ tịch, nội vụ, thi đua). */
export const COMMUNE_OFFICE_CODE = "VPUB";

/**
 * Offices of a 2025 commune-level unit (two-tier government: a centre, the leadership and three specialist offices;
 * a ward's economic office also covers infrastructure and urban management).
 */
export function communeOffices(kindLabel: string): readonly OfficeSeed[] {
  const ward = kindLabel === "Phường";
  return [
    { code: RECEPTION_OFFICE_CODE, name: "Trung tâm Phục vụ hành chính công", kind: "RECEPTION" },
    { code: LEADERSHIP_OFFICE_CODE, name: "Lãnh đạo UBND", kind: "LEADERSHIP" },
    { code: COMMUNE_OFFICE_CODE, name: "Văn phòng HĐND và UBND", kind: "DEPARTMENT" },
    { code: "KINHTE", name: ward ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế", kind: "DEPARTMENT" },
    { code: "VHXH", name: "Phòng Văn hóa - Xã hội", kind: "DEPARTMENT" },
  ];
}

/** Offices of the city as far as the demo needs them: its leadership and the Sở Nội vụ (the PAR scorer). */
export const PROVINCE_OFFICES: readonly OfficeSeed[] = [
  { code: LEADERSHIP_OFFICE_CODE, name: "Văn phòng UBND Thành phố", kind: "LEADERSHIP" },
  { code: "NOIVU", name: "Sở Nội vụ", kind: "DEPARTMENT" },
];

/** The offices a unit has (by its level and, for communes, whether it is a 2025 unit). */
export function officesOf(unit: UnitSeed): readonly OfficeSeed[] {
  if (unit.level === "PROVINCE") return PROVINCE_OFFICES;
  if (unit.level === "DISTRICT") return TOWN_OFFICES;
  return unit.effectiveFrom ? communeOffices(unit.kindLabel) : WARD_OFFICES;
}

/**
 * Where a procedure is handled from 1/7/2025, by its handling office before: hộ tịch, chứng thực and nội vụ at the
 * Văn phòng HĐND và UBND; land, construction and business at the economic office; social affairs, health, education
 * and culture at the Phòng Văn hóa - Xã hội. Plausible after Nghị định 150/2025/NĐ-CP's outline, not sourced office
 * by office (README.md, "The demo world's map").
 */
export const OFFICE_FROM_2025: Readonly<Record<string, string>> = {
  TUPHAP: COMMUNE_OFFICE_CODE,
  NOIVU: COMMUNE_OFFICE_CODE,
  TNMT: "KINHTE",
  QLDT: "KINHTE",
  TCKH: "KINHTE",
  KINHTE: "KINHTE",
  VHXH: "VHXH",
  VHTT: "VHXH",
  LDTBXH: "VHXH",
  YTE: "VHXH",
  GDDT: "VHXH",
};

/** Desk counters (quầy) of each 2025 centre: number, name, fields served (empty: every field). */
export interface CounterSeed {
  number: number;
  name: string;
  fieldCodes: readonly FieldCode[];
}

const COUNTER_FIELDS = {
  civil: ["HOTICH", "CHUNGTHUC"],
  land: ["DATDAI", "XAYDUNG"],
  other: ["HOKINHDOANH", "CONGTHUONG", "LDTBXH", "VANHOA", "GIAODUC", "YTE", "TONGIAO", "THIDUA"],
} as const satisfies Record<string, readonly FieldCode[]>;

export const COUNTERS: Readonly<Record<string, readonly CounterSeed[]>> = {
  PST: [
    { number: 1, name: "Quầy 1 – Hộ tịch, chứng thực", fieldCodes: COUNTER_FIELDS.civil },
    { number: 2, name: "Quầy 2 – Hộ tịch, chứng thực", fieldCodes: COUNTER_FIELDS.civil },
    { number: 3, name: "Quầy 3 – Đất đai, xây dựng", fieldCodes: COUNTER_FIELDS.land },
    { number: 4, name: "Quầy 4 – Kinh doanh, lao động, văn hóa - xã hội", fieldCodes: COUNTER_FIELDS.other },
    { number: 5, name: "Quầy 5 – Tiếp nhận chung, trả kết quả", fieldCodes: [] },
  ],
  PTT: [
    { number: 1, name: "Quầy 1 – Hộ tịch, chứng thực", fieldCodes: COUNTER_FIELDS.civil },
    { number: 2, name: "Quầy 2 – Đất đai, xây dựng", fieldCodes: COUNTER_FIELDS.land },
    { number: 3, name: "Quầy 3 – Tiếp nhận chung, trả kết quả", fieldCodes: [] },
  ],
  XDP: [
    { number: 1, name: "Quầy 1 – Hộ tịch, chứng thực", fieldCodes: COUNTER_FIELDS.civil },
    { number: 2, name: "Quầy 2 – Các lĩnh vực khác, trả kết quả", fieldCodes: [] },
  ],
};

// ─── Fields ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const FIELDS = {
  HOTICH: "Hộ tịch",
  CHUNGTHUC: "Chứng thực",
  DATDAI: "Đất đai",
  XAYDUNG: "Xây dựng",
  HOKINHDOANH: "Thành lập và hoạt động của hộ kinh doanh",
  CONGTHUONG: "Công thương và an toàn thực phẩm",
  LDTBXH: "Lao động - Thương binh và Xã hội",
  VANHOA: "Văn hóa",
  GIAODUC: "Giáo dục và Đào tạo",
  YTE: "Y tế",
  TONGIAO: "Tín ngưỡng, tôn giáo",
  THIDUA: "Thi đua - Khen thưởng",
} as const;

export type FieldCode = keyof typeof FIELDS;

/** How much more often than average a field's dossiers run late (land and construction are the usual culprits). */
export const FIELD_LATE_FACTOR: Readonly<Record<FieldCode, number>> = {
  HOTICH: 0.5,
  CHUNGTHUC: 0.25,
  DATDAI: 2.6,
  XAYDUNG: 2.2,
  HOKINHDOANH: 0.7,
  CONGTHUONG: 1.2,
  LDTBXH: 1.2,
  VANHOA: 1,
  GIAODUC: 0.8,
  YTE: 1.2,
  TONGIAO: 1,
  THIDUA: 1,
};

// ─── Procedures ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface DocumentSeed {
  name: string;
  form: DocumentForm;
  count?: number;
  optional?: boolean;
  /**
   * Paper that online filing cannot replace: "present" is shown in person at the desk (identity papers, a signature
   * made before the officer; it also rules out intake by post), "original" is handed in as paper (by post too).
   */
  paper?: "present" | "original";
}

export interface DurationSeed {
  value: number;
  unit: DurationUnit;
}

/** The announcing decision of a version: number, yyyy-MM-dd date and issuer. */
export interface AnnouncementSeed {
  number: string;
  date: string;
  issuer: string;
}

export interface VersionSeed {
  /** yyyy-MM-dd */
  effectiveFrom: string;
  /** Office.code of the handling office in the receiving unit (versions from 1/7/2025: the commune's offices). */
  handlingOfficeCode: string;
  decision: AnnouncementSeed;
  duration: DurationSeed;
  /** Phí in VND per case, or per page when `feePerPage`. */
  fee: number;
  /** Lệ phí in VND per case. */
  charge: number;
  feePerPage?: boolean;
  feeNote?: string;
  /** When the fee is paid; default: before intake (exempt when both amounts are 0). */
  feeTiming?: "BEFORE_INTAKE" | "AFTER_RESULT";
  /** Mức độ (Nghị định 43/2011): 4 → toàn trình, 3 → một phần, 2 → none online. */
  onlineLevel: 2 | 3 | 4;
  /** Eligible for toàn trình though offered một phần (level 4 is always eligible). */
  fullOnlineEligible?: boolean;
  /** Trả kết quả qua bưu chính công ích. */
  postalAllowed: boolean;
  /** Tiếp nhận qua bưu chính; default: where the result may go by post and nothing must be shown in person. */
  postalIntake?: boolean;
  leadershipApproval: boolean;
  documents: readonly DocumentSeed[];
}

export interface ProcedureSeed {
  code: string;
  name: string;
  field: FieldCode;
  /**
   * The level that decided it before 1/7/2025 (the town or a ward). Since then every procedure here is decided at
   * commune level (Procedure.level = COMMUNE in the database); old dossiers keep the town as their deciding unit.
   */
  level: "DISTRICT" | "COMMUNE";
  /** Handling office before 1/7/2025 (TOWN_OFFICES or WARD_OFFICES code); later versions carry their own. */
  handlingOfficeCode: string;
  /** Relative frequency among the procedures of its level. */
  demand: number;
  /** Whether businesses rather than citizens usually file it. */
  organisation?: boolean;
  versions: readonly [VersionSeed, ...VersionSeed[]];
}

const days = (value: number): DurationSeed => ({ value, unit: "WORKING_DAYS" });
const hours = (value: number): DurationSeed => ({ value, unit: "WORKING_HOURS" });
const SAME_DAY: DurationSeed = { value: 1, unit: "SAME_DAY" };

const doc = (
  name: string,
  form: DocumentForm,
  count = 1,
  optional = false,
  paper?: DocumentSeed["paper"],
): DocumentSeed => ({ name, form, count, optional, ...(paper ? { paper } : {}) });
/** A paper the desk must see in person (identity papers, originals to compare, a signature before the officer). */
const shown = (name: string, form: DocumentForm = "ORIGINAL"): DocumentSeed => doc(name, form, 1, false, "present");
/** An original handed in on paper (cannot be replaced by a file; may come by post). */
const paperOriginal = (name: string, count = 1): DocumentSeed => doc(name, "ORIGINAL", count, false, "original");

export const CATALOGUE_START = "2025-01-01";
/** Date a few procedures get a second version (changed fee or time), so versioning shows in the demo. */
export const SECOND_VERSION_FROM = "2026-07-01";

// Illustrative announcement decisions of UBND Thành phố Hà Nội, one per field group.
const QD = {
  HOTICH: { number: "6520/QĐ-UBND", date: "2024-12-12", issuer: "UBND Thành phố Hà Nội" },
  CHUNGTHUC: { number: "6518/QĐ-UBND", date: "2024-12-12", issuer: "UBND Thành phố Hà Nội" },
  DATDAI: { number: "1234/QĐ-UBND", date: "2024-12-05", issuer: "UBND Thành phố Hà Nội" },
  XAYDUNG: { number: "5876/QĐ-UBND", date: "2024-11-20", issuer: "UBND Thành phố Hà Nội" },
  KINHDOANH: { number: "6011/QĐ-UBND", date: "2024-11-28", issuer: "UBND Thành phố Hà Nội" },
  XAHOI: { number: "5902/QĐ-UBND", date: "2024-11-22", issuer: "UBND Thành phố Hà Nội" },
  VANHOA: { number: "5741/QĐ-UBND", date: "2024-11-15", issuer: "UBND Thành phố Hà Nội" },
  NOIVU: { number: "5688/QĐ-UBND", date: "2024-11-13", issuer: "UBND Thành phố Hà Nội" },
  V2: { number: "3150/QĐ-UBND", date: "2026-06-16", issuer: "UBND Thành phố Hà Nội" },
  // The city's announcement of the procedures decided at commune level from 1/7/2025 (illustrative number).
  COMMUNE_2025: { number: "3032/QĐ-UBND", date: "2025-06-25", issuer: "UBND Thành phố Hà Nội" },
} as const satisfies Record<string, AnnouncementSeed>;

interface VersionDefaults {
  decision: AnnouncementSeed;
  fee?: number;
  charge?: number;
  feePerPage?: boolean;
  feeNote?: string;
  feeTiming?: VersionSeed["feeTiming"];
  onlineLevel?: 2 | 3 | 4;
  fullOnlineEligible?: boolean;
  postalAllowed?: boolean;
  postalIntake?: boolean;
  leadershipApproval?: boolean;
}

/** Version 1 from CATALOGUE_START; defaults: free, online level 4, postal allowed, signed by the leadership. */
function v1(
  duration: DurationSeed,
  documents: readonly DocumentSeed[],
  o: VersionDefaults,
): Omit<VersionSeed, "handlingOfficeCode"> {
  return {
    effectiveFrom: CATALOGUE_START,
    decision: o.decision,
    duration,
    fee: o.fee ?? 0,
    charge: o.charge ?? 0,
    ...(o.feePerPage ? { feePerPage: true } : {}),
    ...(o.feeNote ? { feeNote: o.feeNote } : {}),
    ...(o.feeTiming ? { feeTiming: o.feeTiming } : {}),
    onlineLevel: o.onlineLevel ?? 4,
    ...(o.fullOnlineEligible ? { fullOnlineEligible: true } : {}),
    postalAllowed: o.postalAllowed ?? true,
    ...(o.postalIntake !== undefined ? { postalIntake: o.postalIntake } : {}),
    leadershipApproval: o.leadershipApproval ?? true,
    documents,
  };
}

/** A later version: version 1 with some fields changed, effective from SECOND_VERSION_FROM. */
function v2(
  base: VersionSeed,
  changes: Partial<Omit<VersionSeed, "effectiveFrom" | "decision" | "handlingOfficeCode">>,
): VersionSeed {
  return { ...base, ...changes, effectiveFrom: SECOND_VERSION_FROM, decision: QD.V2 };
}

/**
 * A procedure: version 1 as announced for the old map, a version from 1/7/2025 identical but for the handling
 * office (now an office of the commune: OFFICE_FROM_2025) and the announcing decision, then any later versions.
 */
function procedure(
  p: Omit<ProcedureSeed, "versions">,
  first: Omit<VersionSeed, "handlingOfficeCode">,
  ...later: ((base: VersionSeed) => VersionSeed)[]
): ProcedureSeed {
  const office = OFFICE_FROM_2025[p.handlingOfficeCode];
  if (!office) throw new Error(`Procedure ${p.code}: no 2025 office for ${p.handlingOfficeCode}`);
  const before: VersionSeed = { ...first, handlingOfficeCode: p.handlingOfficeCode };
  const reform: VersionSeed = {
    ...first,
    handlingOfficeCode: office,
    effectiveFrom: REFORM_DAY,
    decision: QD.COMMUNE_2025,
  };
  return {
    ...p,
    versions: [before, reform, ...later.map((make) => ({ ...make(reform), handlingOfficeCode: office }))],
  };
}

const TO_KHAI = (what: string): DocumentSeed => doc(`Tờ khai ${what} (theo mẫu)`, "ORIGINAL");
const ID_PAPER = shown("Căn cước công dân hoặc giấy tờ tùy thân còn giá trị (xuất trình)");
const LAND_CERT = paperOriginal(
  "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
);
const APPLICATION = (what: string): DocumentSeed => doc(`Đơn đề nghị ${what} (theo mẫu)`, "ORIGINAL");

export const PROCEDURES: readonly ProcedureSeed[] = [
  // ── Cấp xã: hộ tịch (Tư pháp - Hộ tịch) ──
  procedure(
    {
      code: "1.001193",
      name: "Đăng ký khai sinh",
      field: "HOTICH",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 8,
    },
    v1(SAME_DAY, [TO_KHAI("đăng ký khai sinh"), doc("Giấy chứng sinh", "ORIGINAL"), ID_PAPER], {
      decision: QD.HOTICH,
      feeNote: "Miễn lệ phí đăng ký khai sinh đúng hạn",
      leadershipApproval: false,
    }),
  ),
  procedure(
    {
      code: "1.000894",
      name: "Đăng ký kết hôn",
      field: "HOTICH",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 3,
    },
    v1(days(5), [TO_KHAI("đăng ký kết hôn"), doc("Giấy xác nhận tình trạng hôn nhân", "ORIGINAL", 1, true), ID_PAPER], {
      decision: QD.HOTICH,
      onlineLevel: 3,
      postalAllowed: false,
      feeNote: "Miễn lệ phí",
    }),
    // The town shortened it to 3 working days from July 2026 (cải cách TTHC).
    (base) => v2(base, { duration: days(3) }),
  ),
  procedure(
    {
      code: "1.000656",
      name: "Đăng ký khai tử",
      field: "HOTICH",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 2,
    },
    v1(SAME_DAY, [TO_KHAI("đăng ký khai tử"), doc("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", "ORIGINAL")], {
      decision: QD.HOTICH,
      leadershipApproval: false,
    }),
  ),
  procedure(
    {
      code: "1.004873",
      name: "Cấp Giấy xác nhận tình trạng hôn nhân",
      field: "HOTICH",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 6,
    },
    v1(
      days(3),
      [
        TO_KHAI("cấp Giấy xác nhận tình trạng hôn nhân"),
        doc("Bản án, quyết định ly hôn đã có hiệu lực (nếu có)", "CERTIFIED_COPY", 1, true),
      ],
      { decision: QD.HOTICH, charge: 3_000, feeNote: "Lệ phí 3.000 đồng/trường hợp" },
    ),
  ),
  procedure(
    {
      code: "2.000635",
      name: "Cấp bản sao Trích lục hộ tịch",
      field: "HOTICH",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 5,
    },
    v1(SAME_DAY, [TO_KHAI("cấp bản sao trích lục hộ tịch")], {
      decision: QD.HOTICH,
      fee: 8_000,
      feeNote: "Phí cấp bản sao trích lục 8.000 đồng/bản sao",
      leadershipApproval: false,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004859",
      name: "Đăng ký nhận cha, mẹ, con",
      field: "HOTICH",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 0.4,
    },
    v1(
      days(3),
      [TO_KHAI("đăng ký nhận cha, mẹ, con"), doc("Chứng cứ chứng minh quan hệ cha, mẹ, con", "ORIGINAL"), ID_PAPER],
      { decision: QD.HOTICH, onlineLevel: 3, charge: 15_000, feeNote: "Lệ phí 15.000 đồng/trường hợp" },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004884",
      name: "Đăng ký lại khai sinh",
      field: "HOTICH",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 0.5,
    },
    v1(days(5), [TO_KHAI("đăng ký lại khai sinh"), doc("Bản sao giấy tờ, tài liệu có nội dung liên quan", "COPY", 2)], {
      decision: QD.HOTICH,
      onlineLevel: 3,
      fullOnlineEligible: true,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004827",
      name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
      field: "HOTICH",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 1.2,
    },
    v1(
      days(3),
      [
        TO_KHAI("đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch"),
        doc("Giấy tờ làm căn cứ thay đổi, cải chính", "CERTIFIED_COPY"),
      ],
      { decision: QD.HOTICH, charge: 15_000, feeNote: "Lệ phí 15.000 đồng/trường hợp" },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004837",
      name: "Đăng ký giám hộ",
      field: "HOTICH",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 0.2,
    },
    v1(days(3), [TO_KHAI("đăng ký giám hộ"), doc("Văn bản cử người giám hộ", "ORIGINAL")], {
      decision: QD.HOTICH,
      onlineLevel: 3,
    }),
  ),

  // ── Cấp xã: chứng thực ──
  procedure(
    {
      code: "2.000908",
      name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp",
      field: "CHUNGTHUC",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 40,
    },
    v1(SAME_DAY, [shown("Bản chính giấy tờ, văn bản cần chứng thực"), doc("Bản sao cần chứng thực", "COPY")], {
      decision: QD.CHUNGTHUC,
      fee: 2_000,
      feePerPage: true,
      feeNote: "Phí chứng thực 2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang",
      feeTiming: "AFTER_RESULT",
      onlineLevel: 3,
      postalAllowed: false,
      leadershipApproval: false,
    }),
  ),
  procedure(
    {
      code: "2.000815",
      name: "Chứng thực chữ ký trong các giấy tờ, văn bản",
      field: "CHUNGTHUC",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 10,
    },
    v1(
      hours(2),
      [shown("Giấy tờ, văn bản cần chứng thực chữ ký (ký trước mặt người thực hiện chứng thực)"), ID_PAPER],
      {
        decision: QD.CHUNGTHUC,
        fee: 10_000,
        feeNote: "Phí chứng thực 10.000 đồng/trường hợp",
        feeTiming: "AFTER_RESULT",
        onlineLevel: 3,
        postalAllowed: false,
        leadershipApproval: false,
      },
    ),
  ),
  procedure(
    {
      code: "2.000913",
      name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
      field: "CHUNGTHUC",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 3,
    },
    v1(days(2), [doc("Dự thảo hợp đồng, giao dịch", "ORIGINAL"), LAND_CERT, ID_PAPER], {
      decision: QD.CHUNGTHUC,
      fee: 50_000,
      feeNote: "Phí chứng thực 50.000 đồng/hợp đồng",
      feeTiming: "AFTER_RESULT",
      onlineLevel: 2,
      postalAllowed: false,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "2.000884",
      name: "Chứng thực văn bản thỏa thuận phân chia di sản",
      field: "CHUNGTHUC",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 1,
    },
    v1(
      days(2),
      [
        doc("Dự thảo văn bản thỏa thuận phân chia di sản", "ORIGINAL"),
        doc("Giấy chứng tử của người để lại di sản", "CERTIFIED_COPY"),
        LAND_CERT,
      ],
      { decision: QD.CHUNGTHUC, fee: 50_000, feeTiming: "AFTER_RESULT", onlineLevel: 2, postalAllowed: false },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "2.000843",
      name: "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
      field: "CHUNGTHUC",
      level: "COMMUNE",
      handlingOfficeCode: "TUPHAP",
      demand: 0.5,
    },
    v1(
      days(2),
      [
        doc("Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ", "ORIGINAL"),
        doc("Hợp đồng, giao dịch đã được chứng thực", "ORIGINAL"),
      ],
      { decision: QD.CHUNGTHUC, fee: 30_000, feeTiming: "AFTER_RESULT", onlineLevel: 2, postalAllowed: false },
    ),
  ),

  // ── Cấp xã: đất đai, xây dựng (Địa chính - Xây dựng) ──
  procedure(
    // mã tham khảo
    {
      code: "1.003554",
      name: "Hòa giải tranh chấp đất đai",
      field: "DATDAI",
      level: "COMMUNE",
      handlingOfficeCode: "TNMT",
      demand: 0.6,
    },
    v1(
      days(30),
      [APPLICATION("hòa giải tranh chấp đất đai"), doc("Giấy tờ liên quan đến thửa đất tranh chấp", "COPY", 2)],
      { decision: QD.DATDAI, onlineLevel: 3, postalAllowed: false },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.012800",
      name: "Xác nhận nguồn gốc, hiện trạng sử dụng đất",
      field: "DATDAI",
      level: "COMMUNE",
      handlingOfficeCode: "TNMT",
      demand: 1.2,
    },
    v1(
      days(10),
      [
        APPLICATION("xác nhận nguồn gốc, hiện trạng sử dụng đất"),
        doc("Giấy tờ về quyền sử dụng đất (nếu có)", "COPY", 1, true),
      ],
      { decision: QD.DATDAI, onlineLevel: 3 },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.009994",
      name: "Thông báo khởi công xây dựng nhà ở riêng lẻ được miễn giấy phép",
      field: "XAYDUNG",
      level: "COMMUNE",
      handlingOfficeCode: "TNMT",
      demand: 0.6,
    },
    v1(days(5), [doc("Thông báo khởi công (theo mẫu)", "ORIGINAL"), doc("Bản vẽ thiết kế xây dựng", "COPY", 2)], {
      decision: QD.XAYDUNG,
      onlineLevel: 4,
      leadershipApproval: false,
    }),
  ),

  // ── Cấp xã: lao động - thương binh và xã hội, văn hóa, giáo dục, tôn giáo, thi đua (Văn hóa - Xã hội) ──
  procedure(
    // mã tham khảo
    {
      code: "1.001776",
      name: "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng",
      field: "LDTBXH",
      level: "COMMUNE",
      handlingOfficeCode: "VHXH",
      demand: 1.2,
    },
    v1(days(15), [TO_KHAI("đề nghị trợ cấp xã hội"), doc("Giấy xác nhận khuyết tật (nếu có)", "COPY", 1, true)], {
      decision: QD.XAHOI,
      onlineLevel: 3,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.001699",
      name: "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật",
      field: "LDTBXH",
      level: "COMMUNE",
      handlingOfficeCode: "VHXH",
      demand: 0.6,
    },
    v1(
      days(25),
      [APPLICATION("xác định mức độ khuyết tật"), doc("Giấy tờ khám, điều trị liên quan (nếu có)", "COPY", 1, true)],
      { decision: QD.XAHOI, onlineLevel: 3 },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.001731",
      name: "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
      field: "LDTBXH",
      level: "COMMUNE",
      handlingOfficeCode: "VHXH",
      demand: 0.5,
    },
    v1(days(3), [TO_KHAI("đề nghị hỗ trợ chi phí mai táng"), doc("Giấy báo tử", "COPY")], {
      decision: QD.XAHOI,
      onlineLevel: 3,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.000489",
      name: "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm",
      field: "LDTBXH",
      level: "COMMUNE",
      handlingOfficeCode: "VHXH",
      demand: 0.5,
    },
    v1(days(15), [doc("Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo (theo mẫu)", "ORIGINAL")], {
      decision: QD.XAHOI,
      onlineLevel: 3,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.000954",
      name: "Xét tặng danh hiệu Gia đình văn hóa hàng năm",
      field: "VANHOA",
      level: "COMMUNE",
      handlingOfficeCode: "VHXH",
      demand: 0.5,
    },
    v1(days(5), [doc("Danh sách đề nghị của Trưởng thôn, tổ dân phố", "ORIGINAL")], {
      decision: QD.VANHOA,
      onlineLevel: 3,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.001090",
      name: "Thông báo danh mục hoạt động tín ngưỡng",
      field: "TONGIAO",
      level: "COMMUNE",
      handlingOfficeCode: "VHXH",
      demand: 0.2,
    },
    v1(days(15), [doc("Văn bản thông báo danh mục hoạt động tín ngưỡng", "ORIGINAL")], {
      decision: QD.NOIVU,
      onlineLevel: 3,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004443",
      name: "Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động",
      field: "GIAODUC",
      level: "COMMUNE",
      handlingOfficeCode: "VHXH",
      demand: 0.1,
    },
    v1(
      days(20),
      [
        doc("Tờ trình đề nghị cho phép hoạt động", "ORIGINAL"),
        doc("Danh sách giáo viên kèm văn bằng", "CERTIFIED_COPY", 3),
      ],
      { decision: QD.VANHOA, onlineLevel: 3, postalAllowed: false },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "2.000346",
      name: "Tặng Giấy khen của Chủ tịch UBND cấp xã về thực hiện nhiệm vụ chính trị",
      field: "THIDUA",
      level: "COMMUNE",
      handlingOfficeCode: "VHXH",
      demand: 0.3,
    },
    v1(days(20), [doc("Tờ trình đề nghị khen thưởng", "ORIGINAL"), doc("Báo cáo thành tích", "ORIGINAL")], {
      decision: QD.NOIVU,
      onlineLevel: 3,
    }),
  ),

  // ── Cấp huyện: hộ tịch, chứng thực (Phòng Tư pháp) ──
  procedure(
    // mã tham khảo
    {
      code: "1.001695",
      name: "Đăng ký khai sinh có yếu tố nước ngoài",
      field: "HOTICH",
      level: "DISTRICT",
      handlingOfficeCode: "TUPHAP",
      demand: 2,
    },
    v1(
      days(3),
      [
        TO_KHAI("đăng ký khai sinh"),
        doc("Giấy chứng sinh", "ORIGINAL"),
        doc("Văn bản thỏa thuận chọn quốc tịch cho con", "ORIGINAL", 1, true),
      ],
      { decision: QD.HOTICH, charge: 75_000, feeNote: "Lệ phí 75.000 đồng/trường hợp", onlineLevel: 3 },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.000893",
      name: "Đăng ký kết hôn có yếu tố nước ngoài",
      field: "HOTICH",
      level: "DISTRICT",
      handlingOfficeCode: "TUPHAP",
      demand: 1,
    },
    v1(
      days(10),
      [
        TO_KHAI("đăng ký kết hôn"),
        doc("Giấy xác nhận tình trạng hôn nhân của người nước ngoài", "CERTIFIED_COPY"),
        doc("Giấy xác nhận không mắc bệnh tâm thần", "ORIGINAL", 2),
        doc("Hộ chiếu của người nước ngoài", "COPY"),
      ],
      {
        decision: QD.HOTICH,
        charge: 1_500_000,
        feeNote: "Lệ phí đăng ký kết hôn có yếu tố nước ngoài 1.500.000 đồng",
        onlineLevel: 3,
        postalAllowed: false,
      },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "2.000528",
      name: "Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn đã được giải quyết ở nước ngoài",
      field: "HOTICH",
      level: "DISTRICT",
      handlingOfficeCode: "TUPHAP",
      demand: 0.5,
    },
    v1(
      days(5),
      [TO_KHAI("ghi chú ly hôn"), doc("Bản án, quyết định ly hôn của cơ quan nước ngoài", "CERTIFIED_COPY")],
      { decision: QD.HOTICH, charge: 75_000, onlineLevel: 3, fullOnlineEligible: true },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "2.000927",
      name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của nước ngoài cấp",
      field: "CHUNGTHUC",
      level: "DISTRICT",
      handlingOfficeCode: "TUPHAP",
      demand: 5,
    },
    v1(SAME_DAY, [shown("Bản chính giấy tờ đã được hợp pháp hóa lãnh sự"), doc("Bản sao cần chứng thực", "COPY")], {
      decision: QD.CHUNGTHUC,
      fee: 2_000,
      feePerPage: true,
      feeNote: "Phí chứng thực 2.000 đồng/trang",
      feeTiming: "AFTER_RESULT",
      onlineLevel: 3,
      postalAllowed: false,
      leadershipApproval: false,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "2.000942",
      name: "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật",
      field: "CHUNGTHUC",
      level: "DISTRICT",
      handlingOfficeCode: "TUPHAP",
      demand: 3,
    },
    v1(hours(2), [shown("Bản dịch và giấy tờ cần dịch"), ID_PAPER], {
      decision: QD.CHUNGTHUC,
      fee: 10_000,
      feeTiming: "AFTER_RESULT",
      onlineLevel: 2,
      postalAllowed: false,
      leadershipApproval: false,
    }),
  ),

  // ── Cấp huyện: đất đai (Phòng Tài nguyên và Môi trường) ──
  procedure(
    // mã tham khảo
    {
      code: "1.004227",
      name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế",
      field: "DATDAI",
      level: "DISTRICT",
      handlingOfficeCode: "TNMT",
      demand: 20,
    },
    v1(
      days(10),
      [
        doc("Đơn đăng ký biến động đất đai (Mẫu 11/ĐK)", "ORIGINAL"),
        LAND_CERT,
        paperOriginal("Hợp đồng, văn bản chuyển quyền đã công chứng, chứng thực"),
      ],
      {
        decision: QD.DATDAI,
        onlineLevel: 3,
        fee: 500_000,
        charge: 28_000,
        feeNote: "Phí thẩm định hồ sơ 500.000 đồng; lệ phí cấp Giấy chứng nhận 28.000 đồng (nộp khi nhận kết quả)",
        feeTiming: "AFTER_RESULT",
      },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004221",
      name: "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu",
      field: "DATDAI",
      level: "DISTRICT",
      handlingOfficeCode: "TNMT",
      demand: 5,
    },
    v1(
      days(20),
      [
        doc("Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu 04/ĐK)", "ORIGINAL"),
        doc("Giấy tờ về quyền sử dụng đất", "CERTIFIED_COPY"),
        doc("Chứng từ thực hiện nghĩa vụ tài chính (nếu có)", "COPY", 1, true),
      ],
      {
        decision: QD.DATDAI,
        onlineLevel: 3,
        fee: 700_000,
        charge: 100_000,
        feeNote: "Phí thẩm định hồ sơ 700.000 đồng; lệ phí cấp Giấy chứng nhận 100.000 đồng",
        feeTiming: "AFTER_RESULT",
      },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004203",
      name: "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền",
      field: "DATDAI",
      level: "DISTRICT",
      handlingOfficeCode: "TNMT",
      demand: 3,
    },
    v1(days(15), [APPLICATION("chuyển mục đích sử dụng đất"), LAND_CERT], {
      decision: QD.DATDAI,
      onlineLevel: 3,
      charge: 100_000,
      feeNote: "Lệ phí cấp Giấy chứng nhận 100.000 đồng; tiền sử dụng đất theo thông báo của cơ quan thuế",
      feeTiming: "AFTER_RESULT",
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004193",
      name: "Tách thửa hoặc hợp thửa đất",
      field: "DATDAI",
      level: "DISTRICT",
      handlingOfficeCode: "TNMT",
      demand: 5,
    },
    v1(
      days(15),
      [APPLICATION("tách thửa, hợp thửa đất (Mẫu 11/ĐK)"), LAND_CERT, doc("Bản vẽ tách thửa, hợp thửa", "ORIGINAL")],
      { decision: QD.DATDAI, onlineLevel: 3, fee: 300_000, charge: 28_000, feeTiming: "AFTER_RESULT" },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004217",
      name: "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
      field: "DATDAI",
      level: "DISTRICT",
      handlingOfficeCode: "TNMT",
      demand: 5,
    },
    v1(days(7), [APPLICATION("cấp đổi Giấy chứng nhận (Mẫu 10/ĐK)"), LAND_CERT], {
      decision: QD.DATDAI,
      onlineLevel: 3,
      charge: 50_000,
      feeNote: "Lệ phí cấp đổi Giấy chứng nhận 50.000 đồng/giấy",
      feeTiming: "AFTER_RESULT",
    }),
    // Hà Nội cut the time for cấp đổi from July 2026.
    (base) => v2(base, { duration: days(5) }),
  ),

  // ── Cấp huyện: xây dựng, đô thị (Phòng Quản lý đô thị) ──
  procedure(
    {
      code: "1.009974",
      name: "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
      field: "XAYDUNG",
      level: "DISTRICT",
      handlingOfficeCode: "QLDT",
      demand: 12,
    },
    v1(
      days(15),
      [APPLICATION("cấp giấy phép xây dựng (Mẫu số 01)"), LAND_CERT, doc("Bản vẽ thiết kế xây dựng", "ORIGINAL", 2)],
      {
        decision: QD.XAYDUNG,
        charge: 75_000,
        feeNote: "Lệ phí cấp giấy phép xây dựng 75.000 đồng/giấy phép",
        onlineLevel: 4,
      },
    ),
    (base) => v2(base, { charge: 100_000, feeNote: "Lệ phí cấp giấy phép xây dựng 100.000 đồng/giấy phép" }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.009977",
      name: "Cấp giấy phép sửa chữa, cải tạo đối với nhà ở riêng lẻ",
      field: "XAYDUNG",
      level: "DISTRICT",
      handlingOfficeCode: "QLDT",
      demand: 2,
    },
    v1(
      days(15),
      [APPLICATION("cấp giấy phép sửa chữa, cải tạo"), LAND_CERT, doc("Ảnh chụp hiện trạng công trình", "ORIGINAL")],
      { decision: QD.XAYDUNG, charge: 75_000, onlineLevel: 4 },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.009976",
      name: "Điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ",
      field: "XAYDUNG",
      level: "DISTRICT",
      handlingOfficeCode: "QLDT",
      demand: 1,
    },
    v1(days(10), [APPLICATION("điều chỉnh giấy phép xây dựng"), doc("Giấy phép xây dựng đã được cấp", "ORIGINAL")], {
      decision: QD.XAYDUNG,
      charge: 15_000,
      onlineLevel: 4,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.009980",
      name: "Cấp giấy phép di dời công trình",
      field: "XAYDUNG",
      level: "DISTRICT",
      handlingOfficeCode: "QLDT",
      demand: 0.3,
    },
    v1(days(15), [APPLICATION("cấp giấy phép di dời công trình"), doc("Phương án di dời", "ORIGINAL")], {
      decision: QD.XAYDUNG,
      charge: 75_000,
      onlineLevel: 3,
      fullOnlineEligible: true,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.001033",
      name: "Cấp phép sử dụng tạm thời một phần hè phố, lòng đường",
      field: "XAYDUNG",
      level: "DISTRICT",
      handlingOfficeCode: "QLDT",
      demand: 1,
      organisation: true,
    },
    v1(days(7), [APPLICATION("sử dụng tạm thời hè phố, lòng đường"), doc("Sơ đồ vị trí sử dụng", "ORIGINAL")], {
      decision: QD.XAYDUNG,
      onlineLevel: 4,
      leadershipApproval: false,
    }),
  ),

  // ── Cấp huyện: hộ kinh doanh (Phòng Tài chính - Kế hoạch) ──
  procedure(
    {
      code: "1.001612",
      name: "Đăng ký thành lập hộ kinh doanh",
      field: "HOKINHDOANH",
      level: "DISTRICT",
      handlingOfficeCode: "TCKH",
      demand: 12,
    },
    v1(
      days(3),
      [
        doc("Giấy đề nghị đăng ký hộ kinh doanh", "ORIGINAL"),
        doc("Biên bản họp thành viên hộ gia đình (nếu có)", "ORIGINAL", 1, true),
      ],
      {
        decision: QD.KINHDOANH,
        charge: 100_000,
        feeNote: "Lệ phí đăng ký hộ kinh doanh 100.000 đồng/lần",
        leadershipApproval: false,
      },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "2.000720",
      name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
      field: "HOKINHDOANH",
      level: "DISTRICT",
      handlingOfficeCode: "TCKH",
      demand: 5,
    },
    v1(
      days(3),
      [
        doc("Thông báo thay đổi nội dung đăng ký hộ kinh doanh", "ORIGINAL"),
        doc("Giấy chứng nhận đăng ký hộ kinh doanh", "ORIGINAL"),
      ],
      { decision: QD.KINHDOANH, charge: 50_000, leadershipApproval: false },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.001570",
      name: "Tạm ngừng hoạt động hộ kinh doanh",
      field: "HOKINHDOANH",
      level: "DISTRICT",
      handlingOfficeCode: "TCKH",
      demand: 2,
    },
    v1(days(3), [doc("Thông báo tạm ngừng kinh doanh", "ORIGINAL")], {
      decision: QD.KINHDOANH,
      leadershipApproval: false,
    }),
  ),

  // ── Cấp huyện: công thương, an toàn thực phẩm (Phòng Kinh tế) ──
  procedure(
    // mã tham khảo
    {
      code: "2.000633",
      name: "Cấp Giấy phép bán lẻ rượu",
      field: "CONGTHUONG",
      level: "DISTRICT",
      handlingOfficeCode: "KINHTE",
      demand: 1,
      organisation: true,
    },
    v1(
      days(10),
      [
        APPLICATION("cấp Giấy phép bán lẻ rượu"),
        doc("Giấy chứng nhận đăng ký kinh doanh", "COPY"),
        doc("Văn bản giới thiệu của nhà cung cấp", "COPY"),
      ],
      {
        decision: QD.KINHDOANH,
        fee: 1_100_000,
        feeNote: "Phí thẩm định 1.100.000 đồng/điểm kinh doanh",
        onlineLevel: 4,
      },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "2.000181",
      name: "Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
      field: "CONGTHUONG",
      level: "DISTRICT",
      handlingOfficeCode: "KINHTE",
      demand: 0.3,
    },
    v1(days(10), [APPLICATION("cấp Giấy phép sản xuất rượu thủ công"), doc("Bản công bố sản phẩm rượu", "COPY")], {
      decision: QD.KINHDOANH,
      fee: 1_100_000,
      onlineLevel: 4,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.003390",
      name: "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (nông lâm thủy sản)",
      field: "CONGTHUONG",
      level: "DISTRICT",
      handlingOfficeCode: "KINHTE",
      demand: 1,
      organisation: true,
    },
    v1(
      days(15),
      [
        APPLICATION("cấp Giấy chứng nhận đủ điều kiện ATTP"),
        doc("Bản thuyết minh về cơ sở vật chất, trang thiết bị", "ORIGINAL"),
        doc("Giấy xác nhận đủ sức khỏe của chủ cơ sở", "COPY"),
      ],
      { decision: QD.KINHDOANH, fee: 700_000, onlineLevel: 3 },
    ),
  ),

  // ── Cấp huyện: y tế, lao động - xã hội, văn hóa, giáo dục, tôn giáo, thi đua ──
  procedure(
    // mã tham khảo
    {
      code: "1.002425",
      name: "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống",
      field: "YTE",
      level: "DISTRICT",
      handlingOfficeCode: "YTE",
      demand: 1.2,
      organisation: true,
    },
    v1(
      days(20),
      [
        APPLICATION("cấp Giấy chứng nhận"),
        doc("Bản thuyết minh về cơ sở vật chất", "ORIGINAL"),
        doc("Giấy xác nhận đã được tập huấn kiến thức ATTP", "COPY"),
      ],
      { decision: QD.XAHOI, fee: 700_000, onlineLevel: 3 },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.001758",
      name: "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội",
      field: "LDTBXH",
      level: "DISTRICT",
      handlingOfficeCode: "LDTBXH",
      demand: 1,
    },
    v1(days(10), [TO_KHAI("đề nghị tiếp nhận"), doc("Biên bản xác minh của UBND cấp xã", "ORIGINAL")], {
      decision: QD.XAHOI,
      onlineLevel: 3,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.001029",
      name: "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
      field: "VANHOA",
      level: "DISTRICT",
      handlingOfficeCode: "VHTT",
      demand: 0.3,
      organisation: true,
    },
    v1(
      days(5),
      [APPLICATION("cấp Giấy phép kinh doanh dịch vụ karaoke"), doc("Giấy chứng nhận đăng ký kinh doanh", "COPY")],
      { decision: QD.VANHOA, fee: 4_000_000, feeNote: "Phí thẩm định 4.000.000 đồng/giấy phép", onlineLevel: 4 },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.001809",
      name: "Thông báo tổ chức lễ hội",
      field: "VANHOA",
      level: "DISTRICT",
      handlingOfficeCode: "VHTT",
      demand: 0.3,
      organisation: true,
    },
    v1(days(5), [doc("Văn bản thông báo tổ chức lễ hội", "ORIGINAL"), doc("Chương trình lễ hội", "ORIGINAL")], {
      decision: QD.VANHOA,
      onlineLevel: 4,
      leadershipApproval: false,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.005097",
      name: "Chuyển trường đối với học sinh trung học cơ sở",
      field: "GIAODUC",
      level: "DISTRICT",
      handlingOfficeCode: "GDDT",
      demand: 4,
    },
    v1(
      days(3),
      [APPLICATION("chuyển trường"), doc("Học bạ", "ORIGINAL"), doc("Giấy giới thiệu chuyển trường", "ORIGINAL")],
      { decision: QD.VANHOA, onlineLevel: 4, leadershipApproval: false },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.004439",
      name: "Cho phép trường mầm non hoạt động giáo dục",
      field: "GIAODUC",
      level: "DISTRICT",
      handlingOfficeCode: "GDDT",
      demand: 0.2,
      organisation: true,
    },
    v1(
      days(20),
      [
        doc("Tờ trình đề nghị cho phép hoạt động giáo dục", "ORIGINAL"),
        doc("Quyết định thành lập trường", "CERTIFIED_COPY"),
      ],
      { decision: QD.VANHOA, onlineLevel: 3, postalAllowed: false },
    ),
  ),
  procedure(
    // mã tham khảo
    {
      code: "1.001085",
      name: "Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký",
      field: "TONGIAO",
      level: "DISTRICT",
      handlingOfficeCode: "NOIVU",
      demand: 0.3,
      organisation: true,
    },
    v1(days(15), [doc("Văn bản đề nghị (theo mẫu)", "ORIGINAL"), doc("Chương trình cuộc lễ", "ORIGINAL")], {
      decision: QD.NOIVU,
      onlineLevel: 3,
    }),
  ),
  procedure(
    // mã tham khảo
    {
      code: "2.000337",
      name: "Tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích thực hiện nhiệm vụ chính trị",
      field: "THIDUA",
      level: "DISTRICT",
      handlingOfficeCode: "NOIVU",
      demand: 1,
      organisation: true,
    },
    v1(
      days(20),
      [
        doc("Tờ trình đề nghị khen thưởng", "ORIGINAL"),
        doc("Báo cáo thành tích", "ORIGINAL"),
        doc("Biên bản họp Hội đồng thi đua - khen thưởng", "ORIGINAL"),
      ],
      { decision: QD.NOIVU, onlineLevel: 3 },
    ),
  ),
];

// ─── Demand over time ───────────────────────────────────────────────────────────────────────────────────────────

/** Yearly volumes from the source articles: ~1,300 per half-year at the town desk, ~17,000 across the wards. */
export const YEARLY_DOSSIERS = { town: 2_600, wards: 34_000 } as const;

/** Mùng 1 Tết of the lunar years around the demo period: fewer dossiers in the weeks after, a rush before. */
export const LUNAR_NEW_YEAR_DAYS: readonly string[] = ["2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26"];

/** Relative demand by calendar month (1–12): a busier end of year, a quieter summer. */
export const MONTH_DEMAND: readonly number[] = [1, 1.05, 0.95, 1, 1, 0.97, 0.9, 0.95, 1, 1.05, 1.1, 1.15];

/** Relative demand by weekday (0 = Sunday; Saturdays only when a make-up working day). */
export const WEEKDAY_DEMAND: readonly number[] = [0.6, 1.2, 1.05, 1, 1, 0.85, 0.6];

/** Online share of received dossiers at the start and the end of the period, on procedures offered online. */
export const ONLINE_SHARE = { start: 0.3, end: 0.6 } as const;
