// Staff of the demo world: who works where, with which role. Accounts of the units closed on 30/06/2025 stay,
// inactive, as the old dossiers' actors; the town's reception, leadership, justice and economy people have new
// accounts at phường Sơn Tây under the usernames the demo always had. Usernames are stable (<role>.<ascii place>) so the
// demo login list can be printed; full names are drawn from Vietnamese name parts with a fixed seed, so they do not
// change with the dossier seed.
import type { Role } from "@/generated/prisma/client";
import {
  COMMUNE_OFFICE_CODE,
  COMMUNES_2025,
  LEADERSHIP_OFFICE_CODE,
  PROVINCE,
  RECEPTION_OFFICE_CODE,
  TOWN,
  WARDS,
  type UnitSeed,
} from "./catalogue";
import {
  FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  FEMALE_MIDDLE_NAMES,
  MALE_GIVEN_NAMES,
  MALE_MIDDLE_NAMES,
  MOBILE_PREFIXES,
} from "./names";
import { Random } from "./random";

export interface StaffSeed {
  username: string;
  role: Role;
  /** Where the account sits (for an account closed on 30/06/2025: where it was). */
  unitCode: string;
  /** Office.code inside the unit; null for the system administrator. */
  officeCode: string | null;
  title: string;
  /** False for accounts closed with their unit on 30/06/2025 (kept: the old dossiers' history names them). */
  active: boolean;
  /** A new account of someone who had one at the town (same person: same name and phone). */
  sameAs?: string;
  fullName: string;
  email: string;
  phone: string;
}

type StaffPlan = Omit<StaffSeed, "fullName" | "email" | "phone" | "active"> & { active?: boolean };

// Staff names do not depend on the dossier seed: the login list stays the same whatever world is generated.
const STAFF_NAME_SEED = 20_260_101;

const SON_TAY = "PST";

/** Town departments with a head and officers (the handling offices of the town's procedures until 30/06/2025). */
const TOWN_DEPARTMENTS: readonly { code: string; officers: number }[] = [
  { code: "TUPHAP", officers: 2 },
  { code: "TNMT", officers: 3 },
  { code: "QLDT", officers: 2 },
  { code: "KINHTE", officers: 1 },
  { code: "TCKH", officers: 2 },
  { code: "NOIVU", officers: 1 },
  { code: "VHTT", officers: 1 },
  { code: "LDTBXH", officers: 1 },
  { code: "YTE", officers: 1 },
  { code: "GDDT", officers: 1 },
];

/**
 * Where the town's people went on 1/7/2025, by old office: the desk, the leadership, the justice and economy
 * departments' staff to phường Sơn Tây's matching offices, where their new accounts carry the usernames the demo
 * always had (lanhdao.sontay, tiepnhan.sontay, truongphong.tuphap…). Every town account closed with the town and
 * was renamed *.txsontay, so each old dossier's actors still belong to the unit they acted for.
 */
const TOWN_MOVES: Readonly<Record<string, string>> = {
  [RECEPTION_OFFICE_CODE]: RECEPTION_OFFICE_CODE,
  [LEADERSHIP_OFFICE_CODE]: LEADERSHIP_OFFICE_CODE,
  TUPHAP: COMMUNE_OFFICE_CODE,
  KINHTE: "KINHTE",
  NOIVU: COMMUNE_OFFICE_CODE,
};

/** The closed town account's name: `tiepnhan.sontay` → `tiepnhan.txsontay`, `truongphong.tnmt` → `truongphong.tnmt.txsontay`. */
export function townAccountName(username: string): string {
  return username.endsWith(".sontay") ? username.replace(/\.sontay$/, ".txsontay") : `${username}.txsontay`;
}

/** The city: the system administrator, a leader who sees every unit, and the Sở Nội vụ's PAR inspector. */
function cityPlan(): StaffPlan[] {
  const unitCode = PROVINCE.code;
  return [
    { username: "admin", role: "ADMIN", unitCode, officeCode: null, title: "Quản trị hệ thống" },
    {
      username: "lanhdao.hanoi",
      role: "LEADERSHIP",
      unitCode,
      officeCode: LEADERSHIP_OFFICE_CODE,
      title: "Phó Chủ tịch UBND Thành phố",
    },
    {
      username: "noivu.hanoi",
      role: "INSPECTOR",
      unitCode,
      officeCode: "NOIVU",
      title: "Chuyên viên Sở Nội vụ (theo dõi cải cách hành chính)",
    },
  ];
}

/** The town's staff as they were until 30/06/2025 (usernames before townAccountName). */
function townStaff(): StaffPlan[] {
  const unitCode = TOWN.code;
  const plan: StaffPlan[] = [
    {
      username: "lanhdao.sontay",
      role: "LEADERSHIP",
      unitCode,
      officeCode: LEADERSHIP_OFFICE_CODE,
      title: "Phó Chủ tịch UBND thị xã",
    },
    {
      username: "noivu.sontay",
      role: "INSPECTOR",
      unitCode,
      officeCode: "NOIVU",
      title: "Chuyên viên Phòng Nội vụ (theo dõi cải cách hành chính)",
    },
    {
      username: "tiepnhan.sontay",
      role: "RECEPTIONIST",
      unitCode,
      officeCode: RECEPTION_OFFICE_CODE,
      title: "Công chức Bộ phận Một cửa",
    },
    {
      username: "tiepnhan2.sontay",
      role: "RECEPTIONIST",
      unitCode,
      officeCode: RECEPTION_OFFICE_CODE,
      title: "Công chức Bộ phận Một cửa",
    },
  ];
  for (const { code, officers } of TOWN_DEPARTMENTS) {
    const slug = code.toLowerCase();
    plan.push({
      username: `truongphong.${slug}`,
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: code,
      title: "Trưởng phòng",
    });
    for (let i = 1; i <= officers; i++) {
      plan.push({
        username: `chuyenvien${i === 1 ? "" : i}.${slug}`,
        role: "OFFICER",
        unitCode,
        officeCode: code,
        title: "Chuyên viên",
      });
    }
  }
  return plan;
}

/** The town's closed accounts (renamed), kept as the actors of its old dossiers. */
function townPlan(): StaffPlan[] {
  return townStaff().map((p) => ({ ...p, username: townAccountName(p.username), active: false }));
}

/**
 * New accounts at phường Sơn Tây for the town's people of TOWN_MOVES' offices (of the Phòng Nội vụ only the PAR
 * inspector: a commune's Văn phòng follows its own reform; the city's Sở Nội vụ scores it).
 */
function movedPlan(): StaffPlan[] {
  return townStaff().flatMap((p): StaffPlan[] => {
    const office = TOWN_MOVES[p.officeCode ?? ""];
    if (!office || (p.officeCode === "NOIVU" && p.role !== "INSPECTOR")) return [];
    const title = MOVED_TITLES[p.username] ?? p.title;
    return [{ ...p, unitCode: SON_TAY, officeCode: office, title, sameAs: townAccountName(p.username) }];
  });
}

/** Titles at phường Sơn Tây of the town's people who moved there. */
const MOVED_TITLES: Readonly<Record<string, string>> = {
  "lanhdao.sontay": "Chủ tịch UBND phường",
  "noivu.sontay": "Công chức Văn phòng HĐND và UBND (theo dõi cải cách hành chính)",
  "tiepnhan.sontay": "Công chức Trung tâm Phục vụ hành chính công",
  "tiepnhan2.sontay": "Công chức Trung tâm Phục vụ hành chính công",
  "truongphong.tuphap": "Phó Chánh Văn phòng HĐND và UBND (phụ trách tư pháp - hộ tịch)",
  "chuyenvien.tuphap": "Công chức Tư pháp - Hộ tịch",
  "chuyenvien2.tuphap": "Công chức Tư pháp - Hộ tịch",
  "truongphong.kinhte": "Trưởng phòng Kinh tế, Hạ tầng và Đô thị",
  "chuyenvien.kinhte": "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị",
};

/** A ward's staff until 30/06/2025 (accounts closed with it). */
function wardPlan(unit: UnitSeed): StaffPlan[] {
  const s = unit.slug;
  const kind = unit.kindLabel.toLowerCase();
  const unitCode = unit.code;
  const active = false;
  const plan: StaffPlan[] = [
    {
      username: `tiepnhan.${s}`,
      role: "RECEPTIONIST",
      unitCode,
      officeCode: RECEPTION_OFFICE_CODE,
      title: "Công chức Văn phòng - Thống kê (Bộ phận Một cửa)",
      active,
    },
    {
      username: `chuyenvien.${s}`,
      role: "OFFICER",
      unitCode,
      officeCode: "TUPHAP",
      title: "Công chức Tư pháp - Hộ tịch",
      active,
    },
    {
      username: `diachinh.${s}`,
      role: "OFFICER",
      unitCode,
      officeCode: "TNMT",
      title: "Công chức Địa chính - Xây dựng",
      active,
    },
    {
      username: `vanhoa.${s}`,
      role: "OFFICER",
      unitCode,
      officeCode: "VHXH",
      title: "Công chức Văn hóa - Xã hội",
      active,
    },
    {
      username: `lanhdao.${s}`,
      role: "LEADERSHIP",
      unitCode,
      officeCode: LEADERSHIP_OFFICE_CODE,
      title: `Chủ tịch UBND ${kind}`,
      active,
    },
  ];
  // Each section that handles dossiers has a lead cadre (phụ trách) who assigns, approves its results and signs its
  // apology letters; without one, the section's dossiers could not move past assignment.
  plan.push(
    {
      username: `truongphong.${s}`,
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: "TUPHAP",
      title: "Công chức Tư pháp - Hộ tịch (phụ trách)",
      active,
    },
    {
      username: `truongdiachinh.${s}`,
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: "TNMT",
      title: "Công chức Địa chính - Xây dựng (phụ trách)",
      active,
    },
    {
      username: `truongvanhoa.${s}`,
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: "VHXH",
      title: "Công chức Văn hóa - Xã hội (phụ trách)",
      active,
    },
  );
  return plan;
}

/** Phường Sơn Tây's staff besides the town's people who moved there (townPlan). */
function sonTayPlan(): StaffPlan[] {
  const unitCode = SON_TAY;
  const economy = "Phòng Kinh tế, Hạ tầng và Đô thị";
  return [
    {
      username: "tiepnhan3.sontay",
      role: "RECEPTIONIST",
      unitCode,
      officeCode: RECEPTION_OFFICE_CODE,
      title: "Công chức Trung tâm Phục vụ hành chính công",
    },
    {
      username: "chuyenvien3.tuphap",
      role: "OFFICER",
      unitCode,
      officeCode: COMMUNE_OFFICE_CODE,
      title: "Công chức Tư pháp - Hộ tịch",
    },
    {
      username: "chuyenvien2.kinhte",
      role: "OFFICER",
      unitCode,
      officeCode: "KINHTE",
      title: `Chuyên viên ${economy}`,
    },
    {
      username: "diachinh.sontay",
      role: "OFFICER",
      unitCode,
      officeCode: "KINHTE",
      title: "Công chức Địa chính - Xây dựng",
    },
    {
      username: "diachinh2.sontay",
      role: "OFFICER",
      unitCode,
      officeCode: "KINHTE",
      title: "Công chức Địa chính - Xây dựng",
    },
    {
      username: "truongphong.vhxh",
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: "VHXH",
      title: "Trưởng phòng Văn hóa - Xã hội",
    },
    {
      username: "chuyenvien.vhxh",
      role: "OFFICER",
      unitCode,
      officeCode: "VHXH",
      title: "Chuyên viên Phòng Văn hóa - Xã hội",
    },
    {
      username: "chuyenvien2.vhxh",
      role: "OFFICER",
      unitCode,
      officeCode: "VHXH",
      title: "Chuyên viên Phòng Văn hóa - Xã hội",
    },
  ];
}

/** Staff of phường Tùng Thiện and xã Đoài Phương (usernames as the old wards had: <role>.<ascii name>). */
function communePlan(unit: UnitSeed): StaffPlan[] {
  const s = unit.slug;
  const kind = unit.kindLabel.toLowerCase();
  const unitCode = unit.code;
  const economy = unit.kindLabel === "Phường" ? "Phòng Kinh tế, Hạ tầng và Đô thị" : "Phòng Kinh tế";
  const desk = "Công chức Trung tâm Phục vụ hành chính công";
  return [
    { username: `tiepnhan.${s}`, role: "RECEPTIONIST", unitCode, officeCode: RECEPTION_OFFICE_CODE, title: desk },
    { username: `tiepnhan2.${s}`, role: "RECEPTIONIST", unitCode, officeCode: RECEPTION_OFFICE_CODE, title: desk },
    {
      username: `lanhdao.${s}`,
      role: "LEADERSHIP",
      unitCode,
      officeCode: LEADERSHIP_OFFICE_CODE,
      title: `Chủ tịch UBND ${kind}`,
    },
    {
      username: `truongphong.${s}`,
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: COMMUNE_OFFICE_CODE,
      title: "Phó Chánh Văn phòng HĐND và UBND (phụ trách tư pháp - hộ tịch)",
    },
    {
      username: `chuyenvien.${s}`,
      role: "OFFICER",
      unitCode,
      officeCode: COMMUNE_OFFICE_CODE,
      title: "Công chức Tư pháp - Hộ tịch",
    },
    {
      username: `truongkinhte.${s}`,
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: "KINHTE",
      title: `Trưởng ${economy.slice(0, 1).toLowerCase()}${economy.slice(1)}`,
    },
    {
      username: `diachinh.${s}`,
      role: "OFFICER",
      unitCode,
      officeCode: "KINHTE",
      title: "Công chức Địa chính - Xây dựng",
    },
    { username: `kinhte.${s}`, role: "OFFICER", unitCode, officeCode: "KINHTE", title: `Chuyên viên ${economy}` },
    {
      username: `truongvanhoa.${s}`,
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: "VHXH",
      title: "Trưởng phòng Văn hóa - Xã hội",
    },
    {
      username: `vanhoa.${s}`,
      role: "OFFICER",
      unitCode,
      officeCode: "VHXH",
      title: "Chuyên viên Phòng Văn hóa - Xã hội",
    },
  ];
}

export interface PersonName {
  fullName: string;
  male: boolean;
}

/** A Vietnamese full name: họ + tên đệm + tên. */
export function randomPersonName(random: Random): PersonName {
  const male = random.chance(0.5);
  const family = FAMILY_NAMES[random.weightedIndex(FAMILY_NAMES.map(([, weight]) => weight))]?.[0] ?? "Nguyễn";
  const middle = random.pick(male ? MALE_MIDDLE_NAMES : FEMALE_MIDDLE_NAMES);
  const given = random.pick(male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  return { fullName: `${family} ${middle} ${given}`, male };
}

/** A mobile number 0[3|5|7|8|9]xxxxxxxx. */
export function randomMobile(random: Random): string {
  return `0${random.pick(MOBILE_PREFIXES)}${random.digits(8)}`;
}

/** ASCII form of Vietnamese text (diacritics dropped, đ → d), for usernames and e-mail addresses. */
export function toAscii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/**
 * Every demo staff member, in a stable order: the city, the town and the old wards (as before the reform, so their
 * names stay what they were), then the 2025 units' new accounts.
 */
export function demoStaff(): StaffSeed[] {
  const random = new Random(STAFF_NAME_SEED);
  const [sonTay, ...others] = COMMUNES_2025;
  const plans = [
    ...townPlan(),
    ...WARDS.flatMap(wardPlan),
    ...cityPlan(),
    ...(sonTay ? [...movedPlan(), ...sonTayPlan()] : []),
    ...others.flatMap(communePlan),
  ];
  const byUsername = new Map<string, StaffSeed>();
  return plans.map(({ active, ...plan }) => {
    const same = plan.sameAs ? byUsername.get(plan.sameAs) : undefined;
    const staff: StaffSeed = {
      ...plan,
      active: active ?? true,
      fullName: same?.fullName ?? randomPersonName(random).fullName,
      email: `${plan.username}@${plan.unitCode === PROVINCE.code ? "hanoi.gov.vn" : "sontay.hanoi.gov.vn"}`,
      phone: same?.phone ?? randomMobile(random),
    };
    byUsername.set(staff.username, staff);
    return staff;
  });
}
