"use client";
// The three intake decisions of an online registration: receive (every required component valid), ask for a
// supplement (form 02 online), refuse (form 03). Each carries the dossier version the officer saw.
import Link from "next/link";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { documentLinks } from "@/domain/documents/links";
import { formatDateTime } from "@/lib/dates";
import { Button, Field, StatusMessage, Textarea, buttonClass, useActionForm } from "@/ui/form";
import { receiveOnlineAction, refuseOnlineAction, requestOnlineSupplementAction } from "./actions";

const QUEUE = "/tiep-nhan/truc-tuyen";

function Hidden({ dossierId, version }: { dossierId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="expectedVersion" value={version} />
    </>
  );
}

function Card({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-gray-200 bg-white p-4" data-testid={testId}>
      <h3 id={id} className="text-base font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

function NoticeLinks({ number }: { number: string }) {
  const t = useTranslations("onlineQueue.check");
  return (
    <span className="mt-2 flex flex-wrap gap-3">
      <Link href={documentLinks.intakeNotice(number)} className={buttonClass("secondary", "sm")}>
        {t("printNotice", { number })}
      </Link>
      <Link href={QUEUE} className={buttonClass("link")}>
        {t("backToQueue")}
      </Link>
    </span>
  );
}

export function DecisionForms({
  dossierId,
  version,
  canReceive,
  canRequestSupplement,
  receiveBlocked,
  supplementBlocked,
}: {
  dossierId: string;
  version: number;
  canReceive: boolean;
  canRequestSupplement: boolean;
  /** Why receiving is not possible yet (shown under the button). */
  receiveBlocked: string | null;
  supplementBlocked: string | null;
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <ReceiveForm dossierId={dossierId} version={version} enabled={canReceive} blocked={receiveBlocked} />
      <SupplementForm
        dossierId={dossierId}
        version={version}
        enabled={canRequestSupplement}
        blocked={supplementBlocked}
      />
      <RefuseForm dossierId={dossierId} version={version} />
    </div>
  );
}

interface FormProps {
  dossierId: string;
  version: number;
}

function ReceiveForm({
  dossierId,
  version,
  enabled,
  blocked,
}: FormProps & { enabled: boolean; blocked: string | null }) {
  const t = useTranslations("onlineQueue.check");
  const { state, pending, formProps, statusRef } = useActionForm(receiveOnlineAction);
  const received = state?.ok ? state.data : undefined;
  return (
    <Card title={t("receiveTitle")} testId="receive-card">
      <p className="mt-1 text-sm text-muted">{t("receiveHint")}</p>
      <form {...formProps} className="mt-3">
        <Hidden dossierId={dossierId} version={version} />
        <Button type="submit" disabled={!enabled || pending || Boolean(received)}>
          {pending ? t("pending") : t("receive")}
        </Button>
        {blocked ? <p className="mt-2 text-sm text-amber-900">{blocked}</p> : null}
        <StatusMessage
          ref={statusRef}
          className="mt-3"
          state={state}
          success={
            received ? (
              <>
                {t("received", {
                  code: received.code,
                  appointment: received.appointmentAt ? formatDateTime(received.appointmentAt) : "—",
                })}{" "}
                <Link href={QUEUE} className="underline">
                  {t("backToQueue")}
                </Link>
              </>
            ) : null
          }
        />
      </form>
    </Card>
  );
}

function SupplementForm({
  dossierId,
  version,
  enabled,
  blocked,
}: FormProps & { enabled: boolean; blocked: string | null }) {
  const t = useTranslations("onlineQueue.check");
  const id = useId();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(requestOnlineSupplementAction);
  const sent = state?.ok ? state.data : undefined;
  return (
    <Card title={t("supplementTitle")} testId="supplement-card">
      <p className="mt-1 text-sm text-muted">{t("supplementHint")}</p>
      <form {...formProps} className="mt-3 space-y-3">
        <Hidden dossierId={dossierId} version={version} />
        <Field id={`${id}-guidance`} label={t("guidance")} errors={fieldError("guidance")}>
          {(aria) => <Textarea {...aria} name="guidance" rows={2} maxLength={800} />}
        </Field>
        <Button type="submit" variant="secondary" disabled={!enabled || pending || Boolean(sent)}>
          {pending ? t("pending") : t("supplement")}
        </Button>
        {blocked ? <p className="text-sm text-amber-900">{blocked}</p> : null}
        <StatusMessage
          ref={statusRef}
          state={state}
          success={
            sent ? (
              <>
                {t("supplementSent", { number: sent.noticeNumber })}
                <NoticeLinks number={sent.noticeNumber} />
              </>
            ) : null
          }
        />
      </form>
    </Card>
  );
}

function RefuseForm({ dossierId, version }: FormProps) {
  const t = useTranslations("onlineQueue.check");
  const id = useId();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(refuseOnlineAction);
  const refused = state?.ok ? state.data : undefined;
  return (
    <Card title={t("refuseTitle")} testId="refuse-card">
      <form {...formProps} className="mt-3 space-y-3">
        <Hidden dossierId={dossierId} version={version} />
        <Field id={`${id}-reason`} label={t("reason")} errors={fieldError("reason")}>
          {(aria) => <Textarea {...aria} name="reason" rows={3} maxLength={1000} />}
        </Field>
        <Button type="submit" variant="danger" disabled={pending || Boolean(refused)}>
          {pending ? t("pending") : t("refuse")}
        </Button>
        <StatusMessage
          ref={statusRef}
          state={state}
          success={
            refused ? (
              <>
                {t("refused", { number: refused.noticeNumber })}
                <NoticeLinks number={refused.noticeNumber} />
              </>
            ) : null
          }
        />
      </form>
    </Card>
  );
}
