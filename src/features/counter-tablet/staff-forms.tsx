"use client";
// Staff forms of the counter tablet: the administrator's pairing code and revocation (/quan-tri/don-vi/[code]), the
// receptionist's counter (/tiep-nhan) and the tablet's own pairing form (/quay/ghep-noi).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/dates";
import { ActionCard, Button, buttonClass, Field, Input, SelectField, StatusMessage, useActionForm } from "@/ui/form";
import { createPairingAction, pairTabletAction, revokeTabletAction, takeSeatAction } from "./actions";

export function CreatePairingForm({ counterId, counterNumber }: { counterId: string; counterNumber: number }) {
  const t = useTranslations("counterTablet.admin");
  const form = useActionForm(createPairingAction, { resetOnSuccess: true });
  const created = form.state?.ok ? form.state.data : null;
  const prefix = `tablet-${counterId}`;
  return (
    <ActionCard
      {...form}
      titleId={`${prefix}-title`}
      title={`${t("create")} — ${t("caption", { number: counterNumber })}`}
      success={
        created ? (
          <span data-testid="pairing-code-message">
            {t("created", { label: created.label, code: created.code, time: formatDateTime(created.expiresAt) })}
          </span>
        ) : null
      }
      statusTestId={`${prefix}-status`}
      testId={`${prefix}-create`}
      hidden={{ counterId }}
      submit={{ label: t("create"), pending: t("creating") }}
    >
      <div className="mt-3 max-w-md">
        <Field id={`${prefix}-label`} label={t("label")} errors={form.fieldError("label")}>
          {(control) => <Input {...control} name="label" autoComplete="off" maxLength={80} />}
        </Field>
      </div>
    </ActionCard>
  );
}

export function RevokeTabletButton({ tabletId, label }: { tabletId: string; label: string }) {
  const t = useTranslations("counterTablet.admin");
  const { state, pending, formProps, statusRef } = useActionForm(revokeTabletAction);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="tabletId" value={tabletId} />
      <Button type="submit" size="sm" variant="danger" disabled={pending} aria-label={t("revokeLabel", { label })}>
        {t("revoke")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={t("revoked")} />
    </form>
  );
}

export function CounterSeatForm({
  counters,
  currentId,
}: {
  counters: { id: string; label: string }[];
  currentId: string | null;
}) {
  const t = useTranslations("counterTablet.seat");
  const form = useActionForm(takeSeatAction);
  return (
    <ActionCard
      {...form}
      titleId="counter-seat-title"
      title={t("title")}
      intro={<p className="mt-1 text-sm text-muted">{t("intro")}</p>}
      success={t("saved")}
      testId="counter-seat"
      submit={{ label: t("save"), pending: t("saving") }}
    >
      <div className="mt-3 max-w-md">
        <SelectField
          id="counter-seat-counter"
          name="counterId"
          label={t("counter")}
          choices={[
            { value: "", label: t("leave") },
            ...counters.map((counter) => ({ value: counter.id, label: counter.label })),
          ]}
          defaultValue={currentId ?? ""}
          errors={form.fieldError("counterId")}
        />
      </div>
    </ActionCard>
  );
}

export function PairTabletForm() {
  const t = useTranslations("counterTablet.pair");
  const form = useActionForm(pairTabletAction);
  return (
    <ActionCard
      {...form}
      titleId="pair-title"
      title={t("title")}
      intro={<p className="mt-1 text-lg">{t("intro")}</p>}
      success={
        <span>
          {t("done")}{" "}
          <Link href="/quay/danh-gia" className={buttonClass("primary", "lg", "ml-2 inline-block")}>
            {t("open")}
          </Link>
        </span>
      }
      testId="pair-tablet"
      submit={{ label: t("submit"), pending: t("submitting") }}
    >
      <div className="mt-3 max-w-md">
        <Field id="pair-code" label={t("code")} errors={form.fieldError("code")}>
          {(control) => (
            <Input
              {...control}
              name="code"
              inputMode="numeric"
              autoComplete="off"
              className="text-2xl tracking-widest"
              maxLength={12}
            />
          )}
        </Field>
      </div>
    </ActionCard>
  );
}
