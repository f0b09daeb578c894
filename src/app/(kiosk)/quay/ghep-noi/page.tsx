import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PairTabletForm } from "@/features/counter-tablet/staff-forms";
import { getRequestTablet, kioskView } from "@/server/counter-tablet";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("counterTablet.pair"))("title") };
}

/** Pairing a tablet with a counter: the administrator's one-time code typed here (no account on the tablet). */
export default async function PairTabletPage() {
  const [t, tablet] = await Promise.all([getTranslations("counterTablet.pair"), getRequestTablet()]);
  const view = tablet ? await kioskView(tablet) : null;
  return (
    <div className="grid gap-6 p-6">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      {view ? (
        <p className="text-lg" data-testid="pair-already">
          {t("already", { number: view.counter.number, name: view.counter.name })}
        </p>
      ) : null}
      <PairTabletForm />
    </div>
  );
}
