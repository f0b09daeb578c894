// Where each role lands after login, and the Vietnamese names of roles. Shared by the login flow, the proxy and the
// navigation, so a role's home is defined once.
import type { Role } from "@/generated/prisma/enums";

export const roleHomePath: Record<Role, string> = {
  ADMIN: "/quan-tri",
  LEADERSHIP: "/lanh-dao",
  DEPARTMENT_HEAD: "/truong-phong",
  OFFICER: "/ho-so",
  RECEPTIONIST: "/tiep-nhan",
  INSPECTOR: "/noi-vu",
};

export const allRoles = Object.keys(roleHomePath) as Role[];
