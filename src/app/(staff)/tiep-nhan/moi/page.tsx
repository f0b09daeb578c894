import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeskTodayLists } from "@/features/reception/desk-today";
import { IntakeDesk } from "@/features/reception/intake-desk";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import { getDeskToday } from "@/server/data/reception";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reception.intake"))("title") };
}

export default async function NewDossierPage() {
  const user = await requireUser(STAFF_PAGES["/tiep-nhan/moi"], "/tiep-nhan/moi");
  const [t, today] = await Promise.all([getTranslations("reception.intake"), getDeskToday(user)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <IntakeDesk />
      <DeskTodayLists today={today} />
    </>
  );
}
