import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ProcedureDetailView } from "@/features/catalogue/procedure-detail";
import { cleanText } from "@/lib/text-input";
import { getProcedureDetailCached } from "@/server/data/public-cache";
import { PageHeader } from "@/ui/page-header";

const loadProcedure = cache(async (raw: string) => {
  let code: string;
  try {
    code = decodeURIComponent(raw);
  } catch {
    return null;
  }
  // A control character (NUL…) never reaches the query: such a code cannot exist, so the answer is "not found".
  const cleaned = cleanText(code, { max: 40 });
  return cleaned.ok ? getProcedureDetailCached(cleaned.value) : null;
});

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const procedure = await loadProcedure((await params).code);
  return { title: procedure?.name ?? (await getTranslations("notFound"))("title") };
}

export default async function ProcedurePage({ params }: Props) {
  const procedure = await loadProcedure((await params).code);
  if (!procedure) notFound();
  const t = await getTranslations("procedure");
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-3 text-sm">
        <Link href="/thu-tuc" className="text-blue-800 underline">
          {t("backToCatalogue")}
        </Link>
      </nav>
      <PageHeader
        title={procedure.name}
        description={t("subtitle", { code: procedure.code, field: procedure.field.name })}
      />
      <ProcedureDetailView procedure={procedure} />
    </>
  );
}
