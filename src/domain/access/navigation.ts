// The staff navigation: which sections each role sees. Every link is a page the role may open (access.test.ts).
import { ROLE_HOME } from "./pages";
import type { Role } from "./roles";

export interface NavItem {
  href: string;
  /** key in the "nav" messages */
  label:
    | "reception"
    | "newDossier"
    | "onlineQueue"
    | "dossiers"
    | "officeOverview"
    | "leadership"
    | "inspection"
    | "lateReport"
    | "admin"
    | "users"
    | "organisation"
    | "catalogue"
    | "calendar"
    | "notifications"
    | "auditLog"
    | "postalWaybills"
    | "apiClients"
    | "nationalPortal"
    | "trackingBook"
    | "feedback"
    | "questionnaires"
    | "indicatorTargets"
    | "decision766Table"
    | "decision766"
    | "parIndex"
    | "parRanking"
    | "officeFigures";
}

/** The Decision 766 scorecard (issue 13 item 3). */
export const DECISION_766_HREF = "/lanh-dao/chi-so-766";

/** A head of office's figures of a period: the leadership dashboard scoped to the office (issue 13 item 2). */
export const OFFICE_FIGURES_HREF = "/truong-phong/so-lieu";

/** The PAR Index ranking (issue 14 item 4): leadership and home affairs. */
export const PAR_RANKING_HREF = "/bao-cao/chi-so-cchc";

/** The PAR Index evaluation (issue 14): home affairs' evaluations, and the unit leader's self-assessments. */
export const PAR_EVALUATION_HREF = { homeAffairs: "/noi-vu/chi-so-cchc", unit: "/lanh-dao/chi-so-cchc" } as const;

/** The tracking book (sổ theo dõi hồ sơ): its page chooses the period and prints; TRACKING_BOOK_ROLES open it. */
const TRACKING_BOOK_HREF = "/in/so-theo-doi";
/** Phản ánh, kiến nghị (src/features/feedback). */
const FEEDBACK_HREF = "/phan-anh";

export const STAFF_NAV: Record<Role, NavItem[]> = {
  RECEPTIONIST: [
    { href: ROLE_HOME.RECEPTIONIST, label: "reception" },
    { href: "/tiep-nhan/moi", label: "newDossier" },
    { href: "/tiep-nhan/truc-tuyen", label: "onlineQueue" },
    { href: "/ho-so", label: "dossiers" },
    { href: TRACKING_BOOK_HREF, label: "trackingBook" },
    { href: FEEDBACK_HREF, label: "feedback" },
  ],
  OFFICER: [
    { href: ROLE_HOME.OFFICER, label: "dossiers" },
    { href: FEEDBACK_HREF, label: "feedback" },
  ],
  DEPARTMENT_HEAD: [
    { href: ROLE_HOME.DEPARTMENT_HEAD, label: "officeOverview" },
    { href: OFFICE_FIGURES_HREF, label: "officeFigures" },
    { href: "/ho-so", label: "dossiers" },
    { href: "/bao-cao/tre-han", label: "lateReport" },
    { href: DECISION_766_HREF, label: "decision766" },
    { href: TRACKING_BOOK_HREF, label: "trackingBook" },
    { href: FEEDBACK_HREF, label: "feedback" },
  ],
  LEADERSHIP: [
    { href: ROLE_HOME.LEADERSHIP, label: "leadership" },
    { href: DECISION_766_HREF, label: "decision766" },
    { href: PAR_EVALUATION_HREF.unit, label: "parIndex" },
    { href: PAR_RANKING_HREF, label: "parRanking" },
    { href: "/ho-so", label: "dossiers" },
    { href: "/bao-cao/tre-han", label: "lateReport" },
    { href: TRACKING_BOOK_HREF, label: "trackingBook" },
    { href: FEEDBACK_HREF, label: "feedback" },
  ],
  INSPECTOR: [
    { href: ROLE_HOME.INSPECTOR, label: "inspection" },
    { href: DECISION_766_HREF, label: "decision766" },
    { href: PAR_EVALUATION_HREF.homeAffairs, label: "parIndex" },
    { href: PAR_RANKING_HREF, label: "parRanking" },
    { href: "/bao-cao/tre-han", label: "lateReport" },
    { href: FEEDBACK_HREF, label: "feedback" },
  ],
  ADMIN: [
    { href: ROLE_HOME.ADMIN, label: "admin" },
    { href: "/quan-tri/nguoi-dung", label: "users" },
    { href: "/quan-tri/don-vi", label: "organisation" },
    { href: "/quan-tri/thu-tuc", label: "catalogue" },
    { href: "/quan-tri/lich-lam-viec", label: "calendar" },
    { href: "/quan-tri/thong-bao", label: "notifications" },
    { href: "/quan-tri/nhat-ky", label: "auditLog" },
    { href: "/quan-tri/van-don", label: "postalWaybills" },
    { href: "/quan-tri/ket-noi-api", label: "apiClients" },
    { href: "/quan-tri/dong-bo-dvcqg", label: "nationalPortal" },
    { href: "/quan-tri/phieu-danh-gia", label: "questionnaires" },
    { href: "/quan-tri/chi-tieu", label: "indicatorTargets" },
    { href: "/quan-tri/chi-so-766", label: "decision766Table" },
  ],
};
