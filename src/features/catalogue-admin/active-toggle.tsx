"use client";
// "Ngừng áp dụng" / "Áp dụng lại": a withdrawn procedure leaves the public catalogue and the desk's search; its
// dossiers and versions stay.
import { useTranslations } from "next-intl";
import { Button, StatusMessage, useActionForm } from "@/ui/form";
import { setProcedureActiveAction } from "./actions";

export function ActiveToggle({ code, active }: { code: string; active: boolean }) {
  const t = useTranslations("catalogueAdmin");
  const { state, pending, formProps, statusRef } = useActionForm(setProcedureActiveAction);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <Button type="submit" variant={active ? "danger" : "secondary"} size="sm" disabled={pending}>
        {active ? t("deactivate") : t("reactivate")}
      </Button>
      <StatusMessage
        ref={statusRef}
        state={state}
        success={state?.ok ? (state.data?.active ? t("reactivated") : t("deactivated")) : null}
      />
    </form>
  );
}
