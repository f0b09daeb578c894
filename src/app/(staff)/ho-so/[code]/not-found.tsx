import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** 404 inside the staff layout: the dossier does not exist or is outside the user's scope (the same answer). */
export default async function DossierNotFound() {
  const t = await getTranslations("dossier.notFound");
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-semibold text-brand-700">404</p>
      <h1 className="mt-4 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("body")}</p>
      <Link href="/ho-so" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("back")}
      </Link>
    </div>
  );
}
