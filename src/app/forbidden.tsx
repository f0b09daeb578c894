import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/ui/status-page";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <StatusPage
      standalone
      code={403}
      title={t("title")}
      body={t("body")}
      back={t("back")}
      href="/dang-nhap"
      testId="forbidden"
    />
  );
}
