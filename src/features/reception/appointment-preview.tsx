"use client";
// Hẹn trả kết quả: computed on the server (previewAppointment) and refreshed every minute, so the preview moves
// when the time passes a cut-off (15:00, end of office hours). Never computed in the browser.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { AppointmentPreview as Preview } from "@/server/data/reception";

const REFRESH_MS = 60_000;

export function AppointmentPreview({ procedureId, initial }: { procedureId: string | null; initial: Preview | null }) {
  const t = useTranslations("reception.intake");
  // The latest refresh, remembered with the procedure and the initial preview it replaces.
  const [refreshed, setRefreshed] = useState<{ procedureId: string; base: Preview; value: Preview } | null>(null);
  const preview =
    refreshed && refreshed.procedureId === procedureId && refreshed.base === initial ? refreshed.value : initial;

  useEffect(() => {
    if (!procedureId || !initial) return;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/thu-tuc/${encodeURIComponent(procedureId)}/hen-tra`, {
          headers: { accept: "application/json" },
        });
        if (response.ok) setRefreshed({ procedureId, base: initial, value: (await response.json()) as Preview });
      } catch {
        // Offline for a moment: keep the last preview; the server computes the real one on submit anyway.
      }
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [procedureId, initial]);

  return (
    <section aria-labelledby="appointment-title" className="rounded-lg border-2 border-brand-700 bg-white p-4">
      <h2 id="appointment-title" className="text-base font-semibold text-brand-700">
        {t("appointmentTitle")}
      </h2>
      <div aria-live="polite" data-testid="appointment-preview">
        {!preview ? (
          <p className="mt-2 text-sm text-muted">{t("appointmentEmpty")}</p>
        ) : (
          <>
            <p className="mt-2 text-xl font-semibold tabular-nums">
              {preview.label ? t("appointment", { label: preview.label }) : t("appointmentNone")}
            </p>
            <p className="mt-2 text-sm">{preview.explanation}</p>
          </>
        )}
      </div>
      {preview ? (
        <p className="mt-2 text-xs text-muted">{t("appointmentComputed", { time: preview.computedAt })}</p>
      ) : null}
    </section>
  );
}
