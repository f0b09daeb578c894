"use client";
// "Công bố phiên bản mới": the current version's terms prefilled, a new decision and effective date to enter. The
// server checks the publishing rules (from today, after the current version) and closes the current version.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, StatusMessage, useActionForm } from "@/ui/form";
import { publishVersionAction } from "./actions";
import { VersionFields, type VersionDefaults } from "./version-fields";

export function PublishForm({ code, initial }: { code: string; initial: VersionDefaults }) {
  const t = useTranslations("catalogueAdmin");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(publishVersionAction);
  const published = state?.ok ? state.data : undefined;
  return (
    <form {...formProps} aria-label={t("publishTitle")} className="space-y-6">
      <input type="hidden" name="code" value={code} />
      <VersionFields initial={initial} fieldError={fieldError} />
      <StatusMessage
        ref={statusRef}
        state={state}
        success={
          published ? (
            <>
              {t("published", { version: published.version })}{" "}
              <Link href={`/quan-tri/thu-tuc/${code}`} className="underline">
                {t("backToProcedure")}
              </Link>
            </>
          ) : null
        }
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending || Boolean(published)}>
          {pending ? t("publishing") : t("publishSubmit")}
        </Button>
        <Link href={`/quan-tri/thu-tuc/${code}`} className="self-center underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
