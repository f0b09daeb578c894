"use client";
// One desk step on a parcel (hand over, send again): a one-button form with its answer beside it.
import { useTranslations } from "next-intl";
import { Button, StatusMessage, useActionForm } from "@/ui/form";
import { handOverShipmentAction, requestShipmentAgainAction } from "./actions";

export function ShipmentButton({ kind, shipmentId }: { kind: "handOver" | "again"; shipmentId: string }) {
  const t = useTranslations("postal.shipment");
  const { state, pending, formProps, statusRef } = useActionForm(
    kind === "handOver" ? handOverShipmentAction : requestShipmentAgainAction,
  );
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="shipmentId" value={shipmentId} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {t(kind)}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={t("done")} />
    </form>
  );
}
