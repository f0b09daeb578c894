import { getTranslations } from "next-intl/server";
import type { FieldWithCount } from "@/server/data/catalogue";
import { Button, Field, FilterForm, Input, SelectField } from "@/ui/form";

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
    <FilterForm action="/thu-tuc" label={t("searchLabel")} search>
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
        <SelectField
          id="catalogue-field"
          label={t("fieldLabel")}
          name="linh-vuc"
          defaultValue={fieldCode}
          any={t("allFields")}
          choices={fields.map((field) => ({ value: field.code, label: field.name }))}
        />
        <SelectField
          id="catalogue-level"
          label={t("levelLabel")}
          name="cap"
          defaultValue={level}
          any={t("allLevels")}
          choices={[
            { value: "xa", label: t("levelCommune") },
            { value: "huyen", label: t("levelDistrict") },
          ]}
        />
        <Button type="submit">{t("submit")}</Button>
      </div>
    </FilterForm>
  );
}
