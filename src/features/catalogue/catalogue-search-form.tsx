import { getTranslations } from "next-intl/server";
import type { FieldWithCount } from "@/server/data/catalogue";

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
    <form action="/thu-tuc" method="get" role="search" aria-label={t("searchLabel")} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="grid gap-4 md:grid-cols-[2fr_1.5fr_1fr_auto] md:items-end">
        <div>
          <label htmlFor="catalogue-q" className="block text-sm font-semibold">
            {t("queryLabel")}
          </label>
          <input
            id="catalogue-q"
            name="q"
            type="search"
            defaultValue={text}
            maxLength={120}
            placeholder={t("queryPlaceholder")}
            className="mt-1 w-full rounded-md border border-gray-500 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="catalogue-field" className="block text-sm font-semibold">
            {t("fieldLabel")}
          </label>
          <select id="catalogue-field" name="linh-vuc" defaultValue={fieldCode ?? ""} className="mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2">
            <option value="">{t("allFields")}</option>
            {fields.map((field) => (
              <option key={field.code} value={field.code}>
                {field.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="catalogue-level" className="block text-sm font-semibold">
            {t("levelLabel")}
          </label>
          <select id="catalogue-level" name="cap" defaultValue={level ?? ""} className="mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2">
            <option value="">{t("allLevels")}</option>
            <option value="xa">{t("levelCommune")}</option>
            <option value="huyen">{t("levelDistrict")}</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
