import { getTranslations } from "next-intl/server";
import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/domain/access";

/** GET filter of the user list by unit and role. */
export async function UserFilterForm({ units, unitId, role }: { units: { id: string; label: string }[]; unitId?: string; role?: Role }) {
  const [t, tRoles] = await Promise.all([getTranslations("users"), getTranslations("roles")]);
  return (
    <form action="/quan-tri/nguoi-dung" method="get" aria-label={t("filterLabel")} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="users-unit" className="block text-sm font-semibold">
            {t("unitLabel")}
          </label>
          <select id="users-unit" name="don-vi" defaultValue={unitId ?? ""} className="mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2">
            <option value="">{t("allUnits")}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="users-role" className="block text-sm font-semibold">
            {t("roleLabel")}
          </label>
          <select id="users-role" name="vai-tro" defaultValue={role ?? ""} className="mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2">
            <option value="">{t("allRoles")}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {tRoles(value)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600">
          {t("filter")}
        </button>
      </div>
    </form>
  );
}
