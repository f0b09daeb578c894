import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Kiosk } from "@/features/counter-tablet/kiosk";
import { getRequestTablet, kioskView } from "@/server/counter-tablet";
import { buttonClass } from "@/ui/form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("counterTablet.kiosk"))("title") };
}

/** The counter tablet's rating screen: no citizen login; the tablet's own cookie says which counter it is. */
export default async function KioskPage() {
  const [t, tablet] = await Promise.all([getTranslations("counterTablet.kiosk"), getRequestTablet()]);
  if (!tablet)
    return (
      <div className="flex min-h-screen flex-col items-center justify-center gap-6 p-6 text-center">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-2xl text-xl" data-testid="kiosk-not-paired">
          {t("notPaired")}
        </p>
        <Link href="/quay/ghep-noi" className={buttonClass("secondary", "lg")}>
          {t("pairLink")}
        </Link>
      </div>
    );
  return <Kiosk {...await kioskView(tablet)} />;
}
