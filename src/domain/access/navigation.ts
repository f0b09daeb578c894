// The staff navigation: which sections each role sees. Pages still check the role themselves.
import type { Role } from "@/generated/prisma/enums";
import { roleHomePath } from "@/server/auth/roles";

export interface NavItem {
  href: string;
  /** key in the "nav" messages */
  label: "reception" | "dossiers" | "officeOverview" | "leadership" | "inspection" | "lateReport" | "admin" | "users" | "calendar" | "notifications";
}

export const staffNav: Record<Role, NavItem[]> = {
  RECEPTIONIST: [
    { href: roleHomePath.RECEPTIONIST, label: "reception" },
    { href: "/ho-so", label: "dossiers" },
  ],
  OFFICER: [{ href: roleHomePath.OFFICER, label: "dossiers" }],
  DEPARTMENT_HEAD: [
    { href: roleHomePath.DEPARTMENT_HEAD, label: "officeOverview" },
    { href: "/ho-so", label: "dossiers" },
    { href: "/bao-cao/tre-han", label: "lateReport" },
  ],
  LEADERSHIP: [
    { href: roleHomePath.LEADERSHIP, label: "leadership" },
    { href: "/ho-so", label: "dossiers" },
    { href: "/bao-cao/tre-han", label: "lateReport" },
  ],
  INSPECTOR: [
    { href: roleHomePath.INSPECTOR, label: "inspection" },
    { href: "/bao-cao/tre-han", label: "lateReport" },
  ],
  ADMIN: [
    { href: roleHomePath.ADMIN, label: "admin" },
    { href: "/quan-tri/nguoi-dung", label: "users" },
    { href: "/quan-tri/lich-lam-viec", label: "calendar" },
    { href: "/quan-tri/thong-bao", label: "notifications" },
  ],
};
