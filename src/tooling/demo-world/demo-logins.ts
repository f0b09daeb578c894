// The demo accounts to print on first start (one shared password; a demo, never production).
import { ALL_UNITS, TOWN_OFFICES, WARD_OFFICES } from "./catalogue";
import { demoStaff } from "./people";

/** Shared password of every demo account. */
export const DEMO_PASSWORD = "motcua@2026";

export interface DemoLogin {
  username: string;
  role: string;
  /** One line for the console: role, name, office and unit. */
  description: string;
  fullName: string;
  title: string;
  unit: string;
  office: string | null;
}

const ROLE_LABELS: Record<string, string> = {
  ADMIN: "Quản trị",
  LEADERSHIP: "Lãnh đạo",
  DEPARTMENT_HEAD: "Trưởng phòng",
  OFFICER: "Chuyên viên",
  RECEPTIONIST: "Tiếp nhận",
  INSPECTOR: "Kiểm tra (Nội vụ)",
};

function buildDemoLogins(): DemoLogin[] {
  const units = new Map(ALL_UNITS.map((u) => [u.code, `${u.kindLabel} ${u.name}`]));
  return demoStaff().map((s) => {
    const offices = s.unitCode === "STY" ? TOWN_OFFICES : WARD_OFFICES;
    const unit = units.get(s.unitCode) ?? s.unitCode;
    const office = offices.find((o) => o.code === s.officeCode)?.name ?? null;
    const where = [office, unit].filter(Boolean).join(", ");
    return {
      username: s.username,
      role: s.role,
      description: `${ROLE_LABELS[s.role] ?? s.role}: ${s.fullName} — ${where}`,
      fullName: s.fullName,
      title: s.title,
      unit,
      office,
    };
  });
}

/** Every demo account (~100: the town's staff and five to six per ward). */
export const allDemoLogins: readonly DemoLogin[] = buildDemoLogins();

/** The accounts worth trying first: the town's and two wards' (the full list is long). */
export const FEATURED_USERNAMES: readonly string[] = [
  "admin",
  "lanhdao.sontay",
  "noivu.sontay",
  "tiepnhan.sontay",
  "truongphong.tnmt",
  "chuyenvien.tnmt",
  "truongphong.tuphap",
  "chuyenvien.tuphap",
  "truongphong.qldt",
  "truongphong.kinhte",
  "tiepnhan.leloi",
  "chuyenvien.leloi",
  "truongphong.leloi",
  "lanhdao.leloi",
  "tiepnhan.duonglam",
  "chuyenvien.duonglam",
  "lanhdao.duonglam",
];

/** The short list to print on start: the featured accounts, in the order above. */
export const demoLogins: readonly DemoLogin[] = FEATURED_USERNAMES.flatMap((name) =>
  allDemoLogins.filter((l) => l.username === name),
);

/** A plain-text list of demo logins for the console (featured ones unless `all`). */
export function formatDemoLogins(options: { all?: boolean } = {}): string {
  const shown = options.all ? allDemoLogins : demoLogins;
  const width = Math.max(...shown.map((l) => l.username.length));
  const lines = shown.map((l) => `  ${l.username.padEnd(width)}  ${l.description}`);
  const more = options.all
    ? ""
    : `\n  … và ${allDemoLogins.length - shown.length} tài khoản khác: tiepnhan.<phường/xã>, chuyenvien.<phường/xã>, diachinh.<phường/xã>, vanhoa.<phường/xã>, lanhdao.<phường/xã> (ví dụ tiepnhan.kimson)`;
  return `Tài khoản demo (mật khẩu chung: ${DEMO_PASSWORD}):\n${lines.join("\n")}${more}`;
}
