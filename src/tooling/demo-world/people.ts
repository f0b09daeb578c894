// Staff of the demo world: who works where, with which role. Usernames are stable (<role>.<ascii place>) so the
// demo login list can be printed; full names are drawn from Vietnamese name parts with a fixed seed, so they do not
// change with the dossier seed.
import type { Role } from "@/generated/prisma/client";
import { LEADERSHIP_OFFICE_CODE, RECEPTION_OFFICE_CODE, TOWN, WARDS, type UnitSeed } from "./catalogue";
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
  unitCode: string;
  /** Office.code inside the unit; null for the system administrator. */
  officeCode: string | null;
  title: string;
  fullName: string;
  email: string;
  phone: string;
}

type StaffPlan = Omit<StaffSeed, "fullName" | "email" | "phone">;

// Staff names do not depend on the dossier seed: the login list stays the same whatever world is generated.
const STAFF_NAME_SEED = 20_260_101;

/** Town departments with a head and officers (the handling offices of the town's procedures). */
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

function townPlan(): StaffPlan[] {
  const unitCode = TOWN.code;
  const plan: StaffPlan[] = [
    { username: "admin", role: "ADMIN", unitCode, officeCode: null, title: "Quản trị hệ thống" },
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

function wardPlan(unit: UnitSeed): StaffPlan[] {
  const s = unit.slug;
  const kind = unit.kindLabel.toLowerCase();
  const unitCode = unit.code;
  const plan: StaffPlan[] = [
    {
      username: `tiepnhan.${s}`,
      role: "RECEPTIONIST",
      unitCode,
      officeCode: RECEPTION_OFFICE_CODE,
      title: "Công chức Văn phòng - Thống kê (Bộ phận Một cửa)",
    },
    {
      username: `chuyenvien.${s}`,
      role: "OFFICER",
      unitCode,
      officeCode: "TUPHAP",
      title: "Công chức Tư pháp - Hộ tịch",
    },
    {
      username: `diachinh.${s}`,
      role: "OFFICER",
      unitCode,
      officeCode: "TNMT",
      title: "Công chức Địa chính - Xây dựng",
    },
    { username: `vanhoa.${s}`, role: "OFFICER", unitCode, officeCode: "VHXH", title: "Công chức Văn hóa - Xã hội" },
    {
      username: `lanhdao.${s}`,
      role: "LEADERSHIP",
      unitCode,
      officeCode: LEADERSHIP_OFFICE_CODE,
      title: `Chủ tịch UBND ${kind}`,
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
    },
    {
      username: `truongdiachinh.${s}`,
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: "TNMT",
      title: "Công chức Địa chính - Xây dựng (phụ trách)",
    },
    {
      username: `truongvanhoa.${s}`,
      role: "DEPARTMENT_HEAD",
      unitCode,
      officeCode: "VHXH",
      title: "Công chức Văn hóa - Xã hội (phụ trách)",
    },
  );
  return plan;
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

/** Every demo staff member, in a stable order (town first, then wards in catalogue order). */
export function demoStaff(): StaffSeed[] {
  const random = new Random(STAFF_NAME_SEED);
  return [...townPlan(), ...WARDS.flatMap(wardPlan)].map((plan) => ({
    ...plan,
    fullName: randomPersonName(random).fullName,
    email: `${plan.username}@sontay.hanoi.gov.vn`,
    phone: randomMobile(random),
  }));
}
