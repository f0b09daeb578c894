import type { DossierStatus } from "@/domain/dossier/types";

type Tone = "progress" | "attention" | "success" | "ended";

/** Colour family of each status; the title and a shape always say the same, so colour is never the only cue. */
export const STATUS_TONE: Readonly<Record<DossierStatus, Tone>> = {
  REGISTERED_ONLINE: "progress",
  RECEIVED: "progress",
  IN_PROCESSING: "progress",
  WAITING_SUPPLEMENT: "attention",
  WAITING_FINANCIAL: "attention",
  RESULT_READY: "success",
  RETURNED: "success",
  REFUSED: "ended",
  WITHDRAWN: "ended",
  STOPPED: "ended",
};

const toneClass: Record<Tone, string> = {
  progress: "border-blue-700 bg-blue-50 text-blue-900",
  attention: "border-amber-600 bg-amber-50 text-amber-950",
  success: "border-green-700 bg-green-50 text-green-900",
  ended: "border-gray-500 bg-gray-50 text-gray-900",
};

const toneSymbol: Record<Tone, string> = { progress: "➜", attention: "!", success: "✓", ended: "■" };

/** Tình trạng hồ sơ: a coloured card with a symbol, the status in words and the polite explanation. */
export function StatusCard({
  status,
  label,
  title,
  text,
}: {
  status: DossierStatus;
  label: string;
  title: string;
  text: string;
}) {
  const tone = STATUS_TONE[status];
  return (
    <section
      aria-labelledby="tracking-status-title"
      className={`rounded-xl border-l-8 p-4 ${toneClass[tone]}`}
      data-status={status}
    >
      <p className="text-sm font-semibold uppercase tracking-wide opacity-90">{label}</p>
      <h3 id="tracking-status-title" className="mt-1 flex items-center gap-2 text-xl font-semibold">
        <span
          aria-hidden="true"
          className="inline-flex size-7 shrink-0 items-center justify-center rounded-full border-2 border-current text-base leading-none"
        >
          {toneSymbol[tone]}
        </span>
        {title}
      </h3>
      <p className="mt-2 text-base leading-relaxed">{text}</p>
    </section>
  );
}
