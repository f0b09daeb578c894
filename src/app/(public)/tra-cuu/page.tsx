import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TrackingEntryForm } from "@/features/catalogue/tracking-entry-form";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trackingEntry"))("title") };
}

/** Props the tracking result receives: what the visitor typed, trimmed (the component validates and rate-limits). */
export interface TrackingResultProps {
  code: string;
  secret: string;
}

type TrackingResultModule = { TrackingResult?: React.ComponentType<TrackingResultProps>; default?: React.ComponentType<TrackingResultProps> };

/**
 * Slot for the look-up (src/features/tracking/tracking-result.tsx, built separately). The path is a template so the
 * bundler resolves it only if the file exists; without it the page shows the entry form only.
 */
async function loadTrackingResult(): Promise<React.ComponentType<TrackingResultProps> | null> {
  const component = "tracking-result";
  try {
    const loaded = (await import(`@/features/tracking/${component}`)) as TrackingResultModule;
    return loaded.TrackingResult ?? loaded.default ?? null;
  } catch {
    return null;
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 40) ?? "";

export default async function TrackingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const code = first(params.ma);
  const secret = first(params["xac-thuc"]);
  const [t, TrackingResult] = await Promise.all([getTranslations("trackingEntry"), loadTrackingResult()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="max-w-3xl">
        <TrackingEntryForm code={code} secret={secret} />
      </div>
      {TrackingResult && (code || secret) ? (
        <div className="mt-8">
          <TrackingResult code={code} secret={secret} />
        </div>
      ) : null}
    </>
  );
}
