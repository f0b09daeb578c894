import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS } from "@/domain/audit";
import { auditActionLabel } from "@/domain/audit/labels";
import { AUDIT_LOG_PARAM, type AuditLogFilter, type ParsedAuditLogParams } from "@/domain/audit/log-filter";
import { Button, buttonClass, Field, Input, Select } from "@/ui/form";

export const AUDIT_LOG_PATH = "/quan-tri/nhat-ky";

/** GET filter of the audit log: username, action, object code and a range of days (tu-ngay / den-ngay). */
export async function AuditLogFilterForm({
  filter,
  raw,
  errors,
}: {
  filter: AuditLogFilter;
  raw: ParsedAuditLogParams["raw"];
  errors: ParsedAuditLogParams["errors"];
}) {
  const [t, locale] = await Promise.all([getTranslations("auditLog"), getLocale()]);
  const problems = (key: keyof ParsedAuditLogParams["errors"]) => (errors[key] ? [errors[key]] : undefined);
  return (
    <form
      action={AUDIT_LOG_PATH}
      method="get"
      role="search"
      aria-label={t("filterLabel")}
      className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
      data-testid="audit-log-filter"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1.4fr_1fr_0.8fr_0.8fr]">
        <Field id="audit-actor" label={t("actorLabel")} errors={problems("actor")}>
          {(control) => <Input {...control} name={AUDIT_LOG_PARAM.actor} defaultValue={raw.actor} autoComplete="off" />}
        </Field>
        <Field id="audit-action" label={t("actionLabel")} errors={problems("action")}>
          {(control) => (
            <Select {...control} name={AUDIT_LOG_PARAM.action} defaultValue={filter.action ?? ""}>
              <option value="">{t("allActions")}</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {auditActionLabel(action, locale)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="audit-object" label={t("objectLabel")} hint={t("objectHint")} errors={problems("object")}>
          {(control) => <Input {...control} name={AUDIT_LOG_PARAM.object} defaultValue={raw.object} />}
        </Field>
        <Field id="audit-from" label={t("fromLabel")} hint={t("dateHint")} errors={problems("from")}>
          {(control) => <Input {...control} name={AUDIT_LOG_PARAM.from} defaultValue={raw.from} inputMode="numeric" />}
        </Field>
        <Field id="audit-to" label={t("toLabel")} hint={t("dateHint")} errors={problems("to")}>
          {(control) => <Input {...control} name={AUDIT_LOG_PARAM.to} defaultValue={raw.to} inputMode="numeric" />}
        </Field>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit">{t("filter")}</Button>
        <Link href={AUDIT_LOG_PATH} className={buttonClass("secondary")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
