import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MyDossierList } from "@/features/my-dossiers/my-dossier-list";
import { ContactVerification } from "@/features/online-submission/contact-verification";
import { SessionBar } from "@/features/online-submission/online-form";
import { MY_DOSSIERS_PATH } from "@/features/online-submission/paths";
import { listMyDossiers } from "@/server/citizen/my-dossiers";
import { getCitizenSession } from "@/server/citizen/session";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myDossiers"))("title") };
}

/** Hồ sơ của tôi: prove the phone or e-mail with a code, then every dossier submitted with it. */
export default async function MyDossiersPage() {
  const t = await getTranslations("myDossiers");
  const session = await getCitizenSession();
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {session ? (
        <>
          <SessionBar session={session} next={MY_DOSSIERS_PATH} />
          <MyDossierList dossiers={await listMyDossiers(session.contactId)} />
        </>
      ) : (
        <ContactVerification purpose="my_dossiers" next={MY_DOSSIERS_PATH} />
      )}
    </>
  );
}
