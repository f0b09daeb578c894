// The form pages of the catalogue: "Công bố phiên bản mới" (prefilled from the latest version, effective from today,
// the decision left to fill in), "Thêm thủ tục" (sensible first-version defaults) and "Nhập, xuất danh mục".
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { announcementLabel } from "@/domain/catalogue";
import { formatDateVi, localDateKey } from "@/lib/dates";
import { listFieldChoices, loadProcedureForAdmin } from "@/server/data/catalogue-admin";
import { buttonClass } from "@/ui/form";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";
import { ImportForm } from "./import-form";
import { NewProcedureForm } from "./new-procedure-form";
import { PublishForm } from "./publish-form";
import type { VersionDefaults } from "./version-fields";

export async function PublishScreen({ code }: { code: string }) {
  const t = await getTranslations("catalogueAdmin");
  const procedure = await loadProcedureForAdmin(code);
  const latest = procedure?.versions[0];
  if (!procedure || !latest) notFound();
  const today = localDateKey(new Date());
  const initial: VersionDefaults = {
    ...latest.entry,
    // A new decision: the administrator enters it; the version takes effect today at the earliest.
    announcementNumber: null,
    announcementDate: "",
    announcementIssuer: latest.entry.announcementIssuer,
    effectiveFrom: formatDateVi(latest.effectiveFrom >= today ? latest.effectiveFrom : today),
    changeNote: null,
  };
  const current = announcementLabel({
    announcementNumber: latest.entry.announcementNumber,
    announcementDate: latest.entry.announcementDate ? new Date(`${latest.entry.announcementDate}T00:00:00Z`) : null,
    announcementIssuer: latest.entry.announcementIssuer,
  });
  return (
    <>
      <PageHeader
        title={t("publishTitle")}
        description={t("publishDescription", { name: procedure.name, code: procedure.code, version: latest.version })}
      >
        <Link href={`/quan-tri/thu-tuc/${code}`} className={buttonClass("secondary")}>
          {t("backToProcedure")}
        </Link>
      </PageHeader>
      <p role="note" className="mb-4 rounded-md border border-gray-200 bg-white px-3 py-2 text-sm">
        {t("publishNote", { version: latest.version, announcement: current ?? t("noAnnouncement") })}
      </p>
      <PublishForm code={code} initial={initial} />
    </>
  );
}

export async function NewProcedureScreen() {
  const t = await getTranslations("catalogueAdmin");
  const fields = await listFieldChoices();
  const initial: VersionDefaults = {
    durationValue: 5,
    durationUnit: "WORKING_DAYS",
    feeAmount: 0,
    chargeAmount: 0,
    feeTiming: "EXEMPT",
    feeNote: null,
    handlingOfficeCode: "",
    onlineLevel: 3,
    onlineClass: "PARTIAL",
    fullOnlineEligible: false,
    postalIntakeAllowed: true,
    postalReturnAllowed: true,
    leadershipApproval: true,
    documents: [{ name: "", form: "ORIGINAL", count: 1, optional: false, uploadable: true }],
    unitOffices: [],
    announcementNumber: null,
    announcementDate: "",
    announcementIssuer: null,
    effectiveFrom: formatDateVi(localDateKey(new Date())),
    changeNote: null,
  };
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")}>
        <Link href="/quan-tri/thu-tuc" className={buttonClass("secondary")}>
          {t("backToList")}
        </Link>
      </PageHeader>
      <NewProcedureForm fields={fields} initial={initial} />
    </>
  );
}

export async function ImportExportScreen() {
  const t = await getTranslations("catalogueAdmin");
  return (
    <>
      <PageHeader title={t("importExportTitle")} description={t("importExportDescription")}>
        <Link href="/quan-tri/thu-tuc" className={buttonClass("secondary")}>
          {t("backToList")}
        </Link>
      </PageHeader>
      <Section id="xuat" title={t("exportTitle")}>
        <p className="mb-3 text-sm">{t("exportHint")}</p>
        <div className="flex flex-wrap gap-3">
          <a href="/api/quan-tri/thu-tuc/xuat?dinh-dang=xlsx" className={buttonClass("secondary")} download>
            {t("exportXlsx")}
          </a>
          <a href="/api/quan-tri/thu-tuc/xuat?dinh-dang=json" className={buttonClass("secondary")} download>
            {t("exportJson")}
          </a>
        </div>
      </Section>
      <Section id="nhap" title={t("importTitle")}>
        <p className="mb-3 text-sm">{t("importHint")}</p>
        <ImportForm />
      </Section>
    </>
  );
}
