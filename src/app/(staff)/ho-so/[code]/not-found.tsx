import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/ui/status-page";

/** 404 inside the staff layout: the dossier does not exist or is outside the user's scope (the same answer). */
export default async function DossierNotFound() {
  const t = await getTranslations("dossier.notFound");
  return <StatusPage code={404} title={t("title")} body={t("body")} back={t("back")} href="/ho-so" />;
}
