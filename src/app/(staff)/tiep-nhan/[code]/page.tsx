import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isDossierCode } from "@/domain/dossier";
import { SuccessView } from "@/features/reception/success-view";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { getRegisteredDossier } from "@/server/data/reception";
import { PageHeader } from "@/ui/page-header";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: (await getTranslations("reception.success"))("title", { code: decodeURIComponent(code) }) };
}

export default async function RegisteredDossierPage({ params }: Props) {
  const code = decodeURIComponent((await params).code);
  const user = await requireUser(STAFF_PAGES["/tiep-nhan/[code]"], `/tiep-nhan/${encodeURIComponent(code)}`);
  const dossier = isDossierCode(code) ? await getRegisteredDossier(user, code) : null;
  if (!dossier) notFound();
  const t = await getTranslations("reception.success");
  return (
    <>
      <PageHeader title={t("title", { code: dossier.code })} />
      <SuccessView dossier={dossier} />
    </>
  );
}
