// Which page each role may open, where each role lands after login, and the URL prefixes of the staff area (the
// proxy's matcher). Pages pass their entry to requireUser; a unit test checks every page file has one.
import {
  ADMIN_ROLES,
  ANY_STAFF,
  AUDIT_LOG_ROLES,
  DESK_ROLES,
  FEEDBACK_READING_ROLES,
  LATENESS_REPORT_ROLES,
  PAR_CRITERIA_READ_ROLES,
  PAR_EVALUATION_HOME_AFFAIRS_ROLES,
  PAR_EVALUATION_UNIT_ROLES,
  PAR_RANKING_ROLES,
  TRACKING_BOOK_ROLES,
  WORKLIST_ROLES,
  type Role,
} from "./roles";

/** Where each role lands after login. */
export const ROLE_HOME = {
  ADMIN: "/quan-tri",
  LEADERSHIP: "/lanh-dao",
  DEPARTMENT_HEAD: "/truong-phong",
  OFFICER: "/ho-so",
  RECEPTIONIST: "/tiep-nhan",
  INSPECTOR: "/noi-vu",
} as const satisfies Record<Role, string>;

/** The staff area (src/app/(staff)): every page by its route pattern, `[x]` standing for one path segment. */
export const STAFF_PAGES = {
  "/tiep-nhan": DESK_ROLES,
  "/tiep-nhan/moi": DESK_ROLES,
  "/tiep-nhan/[code]": DESK_ROLES,
  "/tiep-nhan/truc-tuyen": DESK_ROLES,
  "/tiep-nhan/truc-tuyen/[code]": DESK_ROLES,
  "/ho-so": WORKLIST_ROLES,
  // The old worklist path: only redirects to /ho-so, which checks the role.
  "/ho-so/danh-sach": ANY_STAFF,
  // Any staff member; the page shows only dossiers in their scope and lets only acting roles act.
  "/ho-so/[code]": ANY_STAFF,
  "/truong-phong": ["DEPARTMENT_HEAD"],
  "/truong-phong/so-lieu": ["DEPARTMENT_HEAD"],
  "/lanh-dao": ["LEADERSHIP"],
  // The Decision 766 scorecard: leaders and home affairs (their unit and below), heads of office (their office).
  "/lanh-dao/chi-so-766": LATENESS_REPORT_ROLES,
  "/noi-vu": ["INSPECTOR"],
  // The PAR Index evaluation: home affairs' evaluations by year, one evaluation's units, one unit's appraisal table;
  // the unit's own evaluations and its self-assessment form (the service narrows to the unit's leader or delegate).
  "/noi-vu/chi-so-cchc": PAR_EVALUATION_HOME_AFFAIRS_ROLES,
  // PAR Index criteria sets: the list and one set (the loader checks the owner; ADMIN reads only).
  "/noi-vu/chi-so-cchc/bo-tieu-chi": PAR_CRITERIA_READ_ROLES,
  "/noi-vu/chi-so-cchc/bo-tieu-chi/[id]": PAR_CRITERIA_READ_ROLES,
  "/noi-vu/chi-so-cchc/dot/[id]": PAR_EVALUATION_HOME_AFFAIRS_ROLES,
  "/noi-vu/chi-so-cchc/dot/[id]/[unitEvaluationId]": PAR_EVALUATION_HOME_AFFAIRS_ROLES,
  "/lanh-dao/chi-so-cchc": PAR_EVALUATION_UNIT_ROLES,
  "/lanh-dao/chi-so-cchc/[unitEvaluationId]": PAR_EVALUATION_UNIT_ROLES,
  // The PAR Index ranking of an evaluation and one unit's result (the loader checks the owner and the unit).
  "/bao-cao/chi-so-cchc": PAR_RANKING_ROLES,
  "/bao-cao/chi-so-cchc/[unitEvaluationId]": PAR_RANKING_ROLES,
  "/bao-cao/tre-han": LATENESS_REPORT_ROLES,
  "/quan-tri": ADMIN_ROLES,
  "/quan-tri/nguoi-dung": ADMIN_ROLES,
  "/quan-tri/nguoi-dung/moi": ADMIN_ROLES,
  "/quan-tri/nguoi-dung/[username]": ADMIN_ROLES,
  "/quan-tri/lich-lam-viec": ADMIN_ROLES,
  // The procedure catalogue: list, add, import and export, one procedure's history, publishing a version.
  "/quan-tri/thu-tuc": ADMIN_ROLES,
  "/quan-tri/thu-tuc/them": ADMIN_ROLES,
  "/quan-tri/thu-tuc/nhap": ADMIN_ROLES,
  "/quan-tri/thu-tuc/[code]": ADMIN_ROLES,
  "/quan-tri/thu-tuc/[code]/cong-bo": ADMIN_ROLES,
  // The organisation: the unit tree, one unit with its offices and counters, a merger or split.
  "/quan-tri/don-vi": ADMIN_ROLES,
  "/quan-tri/don-vi/sap-nhap": ADMIN_ROLES,
  "/quan-tri/don-vi/[code]": ADMIN_ROLES,
  "/quan-tri/thong-bao": ADMIN_ROLES,
  "/quan-tri/van-don": ADMIN_ROLES,
  "/quan-tri/chi-tieu": ADMIN_ROLES,
  "/quan-tri/chi-so-766": ADMIN_ROLES,
  "/quan-tri/ket-noi-api": ADMIN_ROLES,
  // Sync with the national public-service portal: coverage, failures, "Đồng bộ lại".
  "/quan-tri/dong-bo-dvcqg": ADMIN_ROLES,
  // Satisfaction questionnaires and their versions.
  "/quan-tri/phieu-danh-gia": ADMIN_ROLES,
  "/quan-tri/phieu-danh-gia/[id]": ADMIN_ROLES,
  // Every staff member's own password.
  "/tai-khoan/mat-khau": ANY_STAFF,
  "/quan-tri/nhat-ky": AUDIT_LOG_ROLES,
  // Phản ánh, kiến nghị: the list in the reader's scope and one item's page (read-only outside the acting seats).
  "/phan-anh": FEEDBACK_READING_ROLES,
  "/phan-anh/[code]": FEEDBACK_READING_ROLES,
} as const satisfies Record<string, readonly Role[]>;

/**
 * Printable documents (src/app/(print)): any staff member opens the page; the loader answers "not found" outside
 * PRINTING_ROLES or the dossier's scope. The tracking book is checked by role here.
 */
export const PRINT_PAGES = {
  "/in/ho-so/[code]/phieu-tiep-nhan": ANY_STAFF,
  "/in/ho-so/[code]/phieu-kiem-soat": ANY_STAFF,
  "/in/ho-so/[code]/yeu-cau-bo-sung/[pauseId]": ANY_STAFF,
  "/in/ho-so/[code]/xin-loi/[apologyId]": ANY_STAFF,
  "/in/phieu/[number]": ANY_STAFF,
  "/in/so-theo-doi": TRACKING_BOOK_ROLES,
  // The PAR Index ranking as an A4 table (the loader checks the evaluation's owner).
  "/in/chi-so-cchc/[evaluationId]": PAR_RANKING_ROLES,
} as const satisfies Record<string, readonly Role[]>;

export type StaffPage = keyof typeof STAFF_PAGES;
export type PrintPage = keyof typeof PRINT_PAGES;

/**
 * URL prefixes of the staff area, in the order of src/proxy.ts's `config.matcher` (which Next.js requires to be a
 * literal; a unit test checks the two agree and that every staff page sits under one of them).
 */
export const STAFF_AREA_PREFIXES = [
  "/tiep-nhan",
  "/ho-so",
  "/truong-phong",
  "/lanh-dao",
  "/noi-vu",
  "/quan-tri",
  "/bao-cao",
  "/tai-khoan",
  "/phan-anh",
] as const;

/** Whether a concrete path matches a route pattern such as "/ho-so/[code]". */
export function matchesRoutePattern(pattern: string, path: string): boolean {
  const want = pattern.split("/");
  const have = path.split("?")[0]!.split("/");
  return (
    want.length === have.length &&
    want.every((segment, i) =>
      segment.startsWith("[") && segment.endsWith("]") ? have[i] !== "" : segment === have[i],
    )
  );
}

/** The roles that may open a staff or print page at this path, or undefined for a path that is no such page. */
export function pageRolesFor(path: string): readonly Role[] | undefined {
  const pages: Record<string, readonly Role[]> = { ...STAFF_PAGES, ...PRINT_PAGES };
  // An exact page wins over a pattern ("/tiep-nhan/moi" over "/tiep-nhan/[code]").
  if (pages[path]) return pages[path];
  const pattern = Object.keys(pages).find((candidate) => matchesRoutePattern(candidate, path));
  return pattern ? pages[pattern] : undefined;
}

export function mayOpenPage(role: Role, path: string): boolean {
  return pageRolesFor(path)?.includes(role) ?? false;
}
