import { getTranslations } from "next-intl/server";
import type { Role } from "@/generated/prisma/enums";
import { Button, Field, Select } from "@/ui/form";
import { ROLES } from "@/domain/access";

/** GET filter of the user list by unit and role. */
export async function UserFilterForm({
  units,
  unitId,
  role,
}: {
  units: { id: string; label: string }[];
  unitId?: string;
  role?: Role;
}) {
  const [t, tRoles] = await Promise.all([getTranslations("users"), getTranslations("roles")]);
  return (
    <form
      action="/quan-tri/nguoi-dung"
      method="get"
      aria-label={t("filterLabel")}
      className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <Field id="users-unit" label={t("unitLabel")}>
          {(control) => (
            <Select {...control} name="don-vi" defaultValue={unitId ?? ""}>
              <option value="">{t("allUnits")}</option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="users-role" label={t("roleLabel")}>
          {(control) => (
            <Select {...control} name="vai-tro" defaultValue={role ?? ""}>
              <option value="">{t("allRoles")}</option>
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {tRoles(value)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit">{t("filter")}</Button>
      </div>
    </form>
  );
}
