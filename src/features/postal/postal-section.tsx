// "Bưu chính công ích" on the staff dossier page: the parcel that brought the dossier (inbound) and the result's
// delivery orders (outbound) with waybill, status, receiver and times; the desk of the receiving unit hands an
// accepted parcel to the postman or sends a failed or cancelled order again.
import { getTranslations } from "next-intl/server";
import { ACTION_ROLES, hasRole } from "@/domain/access";
import { fullAddress, POSTAL_LABELS, shipmentStageLabel } from "@/domain/postal";
import { formatDateTime } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { loadDossierShipments } from "@/server/postal/read";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { getLabelLocale } from "@/ui/labels";
import { Section } from "@/ui/section";
import { ShipmentButton } from "./shipment-button";

export async function PostalSection({
  user,
  dossierId,
  readableUnitIds,
}: {
  user: SessionUser;
  dossierId: string;
  readableUnitIds: readonly string[];
}) {
  const data = await loadDossierShipments(dossierId, readableUnitIds);
  if (!data || data.shipments.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("postal.shipment"), getLabelLocale()]);
  const deskMayAct = hasRole(ACTION_ROLES.postalDesk, user.role) && data.dossier.receivedUnitId === user.unitId;
  const outbound = data.shipments.filter((shipment) => shipment.direction === "OUTBOUND");
  const latest = outbound.at(-1);
  const when = (label: string, at: Date | null) => (at ? [`${label}: ${formatDateTime(at)}`] : []);
  return (
    <Section title={t("title")} id="dossier-postal">
      <DataTable
        caption={t("title")}
        captionHidden
        columns={[
          t("waybill"),
          t("status"),
          t("receiver"),
          t("requestedAt"),
          deskMayAct && { header: "", hidden: true },
        ]}
        testId="postal-shipments"
      >
        {data.shipments.map((shipment) => {
          const times =
            shipment.direction === "INBOUND"
              ? [
                  ...when(t("arrivedAt"), shipment.arrivedAt),
                  ...(shipment.receivedByName ? [`${t("receivedBy")}: ${shipment.receivedByName}`] : []),
                ]
              : shipment.waybill
                ? [
                    ...when(t("requestedAt"), shipment.requestedAt),
                    ...when(t("acceptedAt"), shipment.acceptedAt),
                    ...when(t("handedOverAt"), shipment.handedOverAt),
                    ...when(t("deliveredAt"), shipment.deliveredAt),
                  ]
                : [];
          const action =
            deskMayAct && shipment.direction === "OUTBOUND"
              ? shipment.status === "ACCEPTED"
                ? "handOver"
                : (shipment.status === "FAILED" || shipment.status === "CANCELLED") &&
                    shipment.waybill !== "" &&
                    shipment.id === latest?.id
                  ? "again"
                  : null
              : null;
          return (
            <tr key={shipment.id}>
              <RowHeader>
                <span className="block text-sm font-normal text-muted">
                  {POSTAL_LABELS[locale].direction[shipment.direction]}
                </span>
                <span className="tabular-nums" data-testid="postal-waybill">
                  {shipment.waybill || t("none")}
                </span>
              </RowHeader>
              <td className={tdClass}>
                <span data-testid="postal-status">{shipmentStageLabel(shipment, locale)}</span>
                {shipment.lastError ? (
                  <span className="mt-1 block text-sm text-red-800">
                    {t("lastError")}: {shipment.lastError}
                  </span>
                ) : null}
              </td>
              <td className={tdClass}>
                <span className="block">{shipment.personName}</span>
                <span className="block text-sm">{shipment.personPhone}</span>
                <span className="block text-sm">
                  {fullAddress({
                    address: shipment.address,
                    communeName: shipment.communeName ?? "",
                    provinceName: shipment.provinceName ?? "",
                  })}
                </span>
              </td>
              <td className={`${tdClass} text-sm`}>
                {times.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </td>
              {deskMayAct ? (
                <td className={tdClass}>{action ? <ShipmentButton kind={action} shipmentId={shipment.id} /> : null}</td>
              ) : null}
            </tr>
          );
        })}
      </DataTable>
    </Section>
  );
}
