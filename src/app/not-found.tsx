import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/ui/status-page";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return <StatusPage standalone code={404} title={t("title")} body={t("body")} back={t("back")} href="/" />;
}
