// "Tải kết quả điện tử" on the tracking page. Rendered only in the look-up's "found" branch, and the link comes from
// citizenResultDownload, which checks the code and the second factor again itself: a citizen link (valid 5 minutes)
// is never minted from a code alone. Each download is audited by the file route as the applicant's read.
import { getLocale, getTranslations } from "next-intl/server";
import { formatFileSize } from "@/domain/digitisation";
import { isLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/dates";
import { citizenResultDownload } from "@/server/dossiers/results";
import { buttonClass } from "@/ui/form";

export async function ElectronicResultDownload({ code, factor }: { code: string; factor: string }) {
  const download = await citizenResultDownload({ code, factor });
  if (!download) return null;
  const [t, locale] = await Promise.all([getTranslations("eResult.citizen"), getLocale()]);
  return (
    <section
      aria-labelledby="tracking-e-result-title"
      className="mt-5 max-w-3xl rounded-xl border border-green-700 bg-green-50 px-4 py-4"
      data-testid="tracking-e-result"
    >
      <h3 id="tracking-e-result-title" className="text-lg font-semibold text-green-900">
        {t("title")}
      </h3>
      <p className="mt-1">{t("intro")}</p>
      <p className="mt-1 break-words text-sm">
        {t("details", {
          kind: download.kind,
          number: download.number,
          date: formatDate(download.signedOn),
          size: formatFileSize(download.sizeBytes, isLocale(locale) ? locale : "vi"),
        })}
      </p>
      <a
        href={`${download.link}&tai=1`}
        download={download.fileName}
        className={`${buttonClass("primary")} mt-3 min-h-11`}
        data-testid="e-result-download"
      >
        {t("download")}
      </a>
      <p className="mt-2 text-sm text-muted">{t("expiry")}</p>
    </section>
  );
}
