import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FieldWithCount } from "@/server/data/catalogue";

/** Lĩnh vực with their procedure counts, each a link to the catalogue filtered by it. */
export async function FieldList({ fields }: { fields: FieldWithCount[] }) {
  const t = await getTranslations("home");
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {fields.map((field) => (
        <li key={field.code}>
          <Link
            href={`/thu-tuc?linh-vuc=${encodeURIComponent(field.code)}`}
            className="flex h-full items-center justify-between gap-3 rounded-lg border border-gray-200 bg-white px-4 py-3 hover:border-brand-700 hover:bg-brand-50"
          >
            <span className="font-semibold">{field.name}</span>
            <span className="shrink-0 rounded-full bg-gray-100 px-2 py-0.5 text-sm tabular-nums text-ink">
              {t("procedureCount", { count: field.procedures })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
