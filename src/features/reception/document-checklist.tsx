"use client";
// Thành phần hồ sơ of the chosen procedure version: one row per document with "đã nhận" (space toggles) and the
// number of copies, optional documents marked; and the facts the desk tells the applicant (time, fee, online class,
// postal return).
import { useTranslations } from "next-intl";
import type { DeskProcedure } from "@/server/data/reception";
import { FactList } from "@/ui/fact-list";
import { Button, FieldError } from "@/ui/form";
import { errorIdOf } from "./error-id";
import type { ChecklistTick } from "@/domain/dossier/intake-checklist";
import { groupThousands } from "@/lib/numbers";

type Ticks = Record<number, ChecklistTick>;

export function DocumentChecklist({
  procedure,
  ticks,
  onChange,
  errors,
}: {
  procedure: DeskProcedure;
  ticks: Ticks;
  onChange: (ticks: Ticks) => void;
  errors: Record<string, string[]>;
}) {
  const t = useTranslations("reception.intake");
  const tf = useTranslations("reception.form");
  const required = procedure.documents.filter((document) => !document.optional);
  const receivedRequired = required.filter((document) => ticks[document.position]?.received).length;
  const update = (position: number, change: Partial<ChecklistTick>) => {
    const before = ticks[position] ?? { received: false, count: 1 };
    onChange({ ...ticks, [position]: { ...before, ...change } });
  };
  const listError = errors.documents;

  return (
    <fieldset
      className="rounded-lg border border-gray-200 bg-white p-4"
      aria-describedby={`checklist-caption ${errorIdOf("documents")}`}
      aria-invalid={listError?.length ? true : undefined}
    >
      <legend className="px-1 text-lg font-semibold">{t("checklistStep")}</legend>
      <p id="checklist-caption" className="text-sm text-muted">
        {t("checklistCaption", { version: procedure.version })}
      </p>
      <ul className="mt-3 divide-y divide-gray-200" data-testid="document-checklist">
        {procedure.documents.map((document, index) => {
          const tick = ticks[document.position] ?? { received: false, count: document.count };
          const countKey = `documents.${index}.count`;
          const countErrors = errors[countKey];
          return (
            <li key={document.position} className="flex flex-wrap items-start gap-x-4 gap-y-2 py-2">
              <input type="hidden" name={`documents.${index}.position`} value={document.position} />
              <label className="flex min-w-0 flex-1 basis-64 items-start gap-3">
                <input
                  id={`documents-${index}-received`}
                  type="checkbox"
                  name={`documents.${index}.received`}
                  checked={tick.received}
                  onChange={(event) => update(document.position, { received: event.target.checked })}
                  className="mt-1 size-5 shrink-0"
                />
                <span>
                  <span className="font-semibold">{document.name}</span>
                  <span className="block text-sm text-muted">
                    {tf(document.form)}
                    {document.optional ? (
                      <>
                        {" · "}
                        <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold text-ink">
                          {t("optional")}
                        </span>
                      </>
                    ) : null}
                  </span>
                </span>
              </label>
              <div className="flex items-center gap-2">
                <label htmlFor={`documents-${index}-count`} className="text-sm">
                  <span aria-hidden>{t("colCount")}</span>
                  <span className="sr-only">{t("countLabel", { name: document.name })}</span>
                </label>
                <input
                  id={`documents-${index}-count`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={20}
                  name={`documents.${index}.count`}
                  value={tick.count}
                  onChange={(event) => update(document.position, { count: Number(event.target.value) })}
                  className="w-16 rounded-md border border-gray-400 px-2 py-1 text-right tabular-nums aria-invalid:border-2 aria-invalid:border-red-700"
                  aria-invalid={countErrors?.length ? true : undefined}
                  aria-describedby={errorIdOf(countKey)}
                />
              </div>
              <div className="basis-full">
                <FieldError id={errorIdOf(countKey)} errors={countErrors} />
              </div>
            </li>
          );
        })}
      </ul>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p aria-live="polite" data-testid="ticked-summary">
          {t("tickedSummary", { received: receivedRequired, required: required.length })}
        </p>
        <Button
          variant="secondary"
          size="sm"
          onClick={() =>
            onChange(
              Object.fromEntries(
                procedure.documents.map((d) => [
                  d.position,
                  { received: true, count: ticks[d.position]?.count ?? d.count },
                ]),
              ),
            )
          }
        >
          {t("tickAll")}
        </Button>
      </div>
      <FieldError id={errorIdOf("documents")} errors={listError} />
    </fieldset>
  );
}

export function ProcedureFacts({ procedure }: { procedure: DeskProcedure }) {
  const t = useTranslations("reception.intake");
  const tp = useTranslations("procedure");
  const rows: [string, string][] = [
    [t("duration"), tp(`duration.${procedure.durationUnit}`, { value: procedure.durationValue })],
    [
      t("fee"),
      (procedure.feeAmount > 0 ? t("feeAmount", { amount: groupThousands(procedure.feeAmount) }) : t("feeFree")) +
        (procedure.feeNote ? ` (${procedure.feeNote})` : ""),
    ],
    [t("online"), tp(`online.${procedure.onlineClass}`, { level: procedure.onlineLevel })],
    [t("postal"), procedure.postalReturnAllowed ? t("postalYes") : t("postalNo")],
    [t("handlingOffice"), procedure.handlingOffice],
  ];
  return (
    <section aria-labelledby="facts-title" className="rounded-lg border border-gray-200 bg-white p-4 text-sm">
      <h2 id="facts-title" className="font-semibold">
        {t("factsLabel")}
      </h2>
      <p className="mt-1 text-muted">
        {procedure.code} · {procedure.name}
      </p>
      <FactList facts={rows} className="mt-2 space-y-2" testId="procedure-facts" />
    </section>
  );
}
