// "Trả kết quả qua bưu điện" on the tracking page: the waybill and the parcel's status, and where it goes as commune
// and province only (the page opens with the code and a second factor; the receiver's address is never shown). The
// code and factor are checked again here, as for the electronic result.
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { maskedDestination, shipmentStageLabel } from "@/domain/postal";
import { verifyApplicantFactor } from "@/server/data/tracking";
import { publicReturnShipment } from "@/server/postal/read";
import { getLabelLocale } from "@/ui/labels";

export async function PostalReturn({ code, factor }: { code: string; factor: string }) {
  const found = await verifyApplicantFactor({ code, factor }, await headers());
  if (found.kind !== "found") return null;
  const shipment = await publicReturnShipment(found.dossierId);
  if (!shipment) return null;
  const [t, locale] = await Promise.all([getTranslations("postal.tracking"), getLabelLocale()]);
  return (
    <section
      aria-labelledby="tracking-postal-title"
      className="mt-5 max-w-3xl rounded-xl border border-gray-200 bg-white px-4 py-4"
      data-testid="tracking-postal"
    >
      <h3 id="tracking-postal-title" className="text-lg font-semibold">
        {t("title")}
      </h3>
      <dl className="mt-2 divide-y divide-gray-200">
        {shipment.waybill ? (
          <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
            <dt className="text-sm font-semibold text-muted">{t("waybill")}</dt>
            <dd className="font-semibold tabular-nums sm:col-span-2" data-testid="tracking-waybill">
              {shipment.waybill}
            </dd>
          </div>
        ) : null}
        <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-semibold text-muted">{t("status")}</dt>
          <dd className="sm:col-span-2" data-testid="tracking-postal-status">
            {shipmentStageLabel(shipment, locale)}
          </dd>
        </div>
        <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-semibold text-muted">{t("destination")}</dt>
          <dd className="sm:col-span-2">{maskedDestination(shipment)}</dd>
        </div>
      </dl>
      {shipment.waybill ? <p className="mt-2 text-sm text-muted">{t("note")}</p> : null}
    </section>
  );
}
