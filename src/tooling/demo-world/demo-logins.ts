// The demo accounts to print on first start (one shared password; a demo, never production).
import { ALL_UNITS, officesOf } from "./catalogue";
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

/** Every account that can log in (the closed units' accounts are inactive history, not logins). */
function buildDemoLogins(): DemoLogin[] {
  const seeds = new Map(ALL_UNITS.map((u) => [u.code, u]));
  const order = (code: string) => ALL_UNITS.findIndex((u) => u.code === code);
  return demoStaff()
    .filter((s) => s.active)
    .sort((a, b) => order(a.unitCode) - order(b.unitCode))
    .map((s) => {
      const seed = seeds.get(s.unitCode);
      const unit = seed ? `${seed.kindLabel} ${seed.name}` : s.unitCode;
      const office = (seed ? officesOf(seed) : []).find((o) => o.code === s.officeCode)?.name ?? null;
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

/** Every demo login (~45: the city's, phường Sơn Tây's and about a dozen in each of the two other units). */
export const allDemoLogins: readonly DemoLogin[] = buildDemoLogins();

/** The accounts worth trying first: the city's, phường Sơn Tây's and the two other units' desk and leaders. */
export const FEATURED_USERNAMES: readonly string[] = [
  "admin",
  "lanhdao.hanoi",
  "noivu.hanoi",
  "lanhdao.sontay",
  "noivu.sontay",
  "tiepnhan.sontay",
  "truongphong.tuphap",
  "chuyenvien.tuphap",
  "truongphong.kinhte",
  "chuyenvien.kinhte",
  "truongphong.vhxh",
  "chuyenvien.vhxh",
  "tiepnhan.tungthien",
  "truongphong.tungthien",
  "chuyenvien.tungthien",
  "lanhdao.tungthien",
  "tiepnhan.doaiphuong",
  "chuyenvien.doaiphuong",
  "lanhdao.doaiphuong",
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
    : `\n  … và ${allDemoLogins.length - shown.length} tài khoản khác: tiepnhan2.<đơn vị>, chuyenvien2.<đơn vị>, truongkinhte.<đơn vị>, diachinh.<đơn vị>, kinhte.<đơn vị>, truongvanhoa.<đơn vị>, vanhoa.<đơn vị> (ví dụ diachinh.doaiphuong)`;
  return `Tài khoản demo (mật khẩu chung: ${DEMO_PASSWORD}):\n${lines.join("\n")}${more}`;
}
