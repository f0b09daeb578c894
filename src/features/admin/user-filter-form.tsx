import { getTranslations } from "next-intl/server";
import type { Role } from "@/generated/prisma/enums";
import { Button, FilterForm, SelectField } from "@/ui/form";
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
    <FilterForm action="/quan-tri/nguoi-dung" label={t("filterLabel")}>
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <SelectField
          id="users-unit"
          label={t("unitLabel")}
          name="don-vi"
          defaultValue={unitId}
          any={t("allUnits")}
          choices={units.map((unit) => ({ value: unit.id, label: unit.label }))}
        />
        <SelectField
          id="users-role"
          label={t("roleLabel")}
          name="vai-tro"
          defaultValue={role}
          any={t("allRoles")}
          choices={ROLES.map((value) => ({ value, label: tRoles(value) }))}
        />
        <Button type="submit">{t("filter")}</Button>
      </div>
    </FilterForm>
  );
}
