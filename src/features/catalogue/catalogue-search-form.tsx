import { getTranslations } from "next-intl/server";
import type { FieldWithCount } from "@/server/data/catalogue";
import { Button, Field, Input, Select } from "@/ui/form";

export type LevelParam = "xa" | "huyen";

/** GET form of the catalogue: name or code, field (lĩnh vực), level (cấp thực hiện). Works without JavaScript. */
export async function CatalogueSearchForm({
  text,
  fieldCode,
  level,
  fields,
}: {
  text?: string;
  fieldCode?: string;
  level?: LevelParam;
  fields: FieldWithCount[];
}) {
  const t = await getTranslations("catalogue");
  return (
    <form
      action="/thu-tuc"
      method="get"
      role="search"
      aria-label={t("searchLabel")}
      className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-4 md:grid-cols-[2fr_1.5fr_1fr_auto] md:items-end">
        <Field id="catalogue-q" label={t("queryLabel")}>
          {(control) => (
            <Input
              {...control}
              name="q"
              type="search"
              defaultValue={text}
              maxLength={120}
              placeholder={t("queryPlaceholder")}
            />
          )}
        </Field>
        <Field id="catalogue-field" label={t("fieldLabel")}>
          {(control) => (
            <Select {...control} name="linh-vuc" defaultValue={fieldCode ?? ""}>
              <option value="">{t("allFields")}</option>
              {fields.map((field) => (
                <option key={field.code} value={field.code}>
                  {field.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="catalogue-level" label={t("levelLabel")}>
          {(control) => (
            <Select {...control} name="cap" defaultValue={level ?? ""}>
              <option value="">{t("allLevels")}</option>
              <option value="xa">{t("levelCommune")}</option>
              <option value="huyen">{t("levelDistrict")}</option>
            </Select>
          )}
        </Field>
        <Button type="submit">{t("submit")}</Button>
      </div>
    </form>
  );
}
