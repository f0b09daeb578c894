import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { shipmentStageLabel } from "@/domain/postal";
import { AddRangeForm, CustomerCodeForm, RevokeButton } from "@/features/postal/waybill-forms";
import { requireUser } from "@/server/auth/guard";
import { loadWaybillAdmin } from "@/server/postal/read";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { getLabelLocale } from "@/ui/labels";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("postal.admin"))("title") };
}

/** Vận đơn bưu chính: each unit's customer code and waybill pool, ranges added, allocations revoked (ADMIN). */
export default async function WaybillPoolPage() {
  const user = await requireUser(STAFF_PAGES["/quan-tri/van-don"], "/quan-tri/van-don");
  const [data, t, locale] = await Promise.all([
    loadWaybillAdmin(user),
    getTranslations("postal.admin"),
    getLabelLocale(),
  ]);
  const unitName = new Map(data.units.map((unit) => [unit.id, `${unit.kindLabel} ${unit.name}`]));
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <DataTable
        caption={t("title")}
        captionHidden
        columns={[
          t("unit"),
          t("customerCode"),
          { header: t("free"), numeric: true },
          { header: t("used"), numeric: true },
        ]}
        testId="waybill-pool"
      >
        {data.units.map((unit) => (
          <tr key={unit.id}>
            <RowHeader>{unitName.get(unit.id)}</RowHeader>
            <td className={tdClass}>
              <CustomerCodeForm unitId={unit.id} unitName={unitName.get(unit.id)!} current={unit.postalCustomerCode} />
            </td>
            <td className={numClass} data-testid={`free-${unit.code}`}>
              {unit.free}
            </td>
            <td className={numClass} data-testid={`used-${unit.code}`}>
              {unit.used}
            </td>
          </tr>
        ))}
      </DataTable>
      <Section title={t("addTitle")} id="waybill-add">
        <AddRangeForm units={data.units.map((unit) => ({ id: unit.id, name: unitName.get(unit.id)! }))} />
      </Section>
      <Section title={t("allocatedTitle")} id="waybill-allocated">
        <p className="mb-2 text-sm text-muted">{t("allocatedIntro")}</p>
        <DataTable
          caption={t("allocatedTitle")}
          captionHidden
          columns={[t("waybill"), t("unit"), t("dossier"), t("status"), { header: t("revoke"), hidden: true }]}
          empty={data.allocated.length === 0 ? t("empty") : undefined}
        >
          {data.allocated.map((row) => (
            <tr key={row.id}>
              <RowHeader className="tabular-nums">{row.number}</RowHeader>
              <td className={tdClass}>{unitName.get(row.unitId)}</td>
              <td className={tdClass}>{row.dossierCode}</td>
              <td className={tdClass}>
                {shipmentStageLabel({ direction: "OUTBOUND", status: row.status, waybill: row.number }, locale)}
              </td>
              <td className={tdClass}>
                <RevokeButton waybillId={row.id} number={row.number} />
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
      <Section title={t("freeTitle")} id="waybill-free">
        <p className="mb-2 text-sm text-muted">{t("freeIntro")}</p>
        <DataTable
          caption={t("freeTitle")}
          captionHidden
          columns={[t("waybill"), t("unit"), { header: t("revoke"), hidden: true }]}
          empty={data.free.length === 0 ? t("empty") : undefined}
        >
          {data.free.map((row) => (
            <tr key={row.id}>
              <RowHeader className="tabular-nums">{row.number}</RowHeader>
              <td className={tdClass}>{unitName.get(row.unitId)}</td>
              <td className={tdClass}>
                <RevokeButton waybillId={row.id} number={row.number} />
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
