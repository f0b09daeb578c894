import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { CreateApiClientForm, RevokeApiClientButton } from "@/features/api-clients/forms";
import { formatDate, formatDateTime } from "@/lib/dates";
import { loadApiClientAdmin } from "@/server/api/clients";
import { requireUser } from "@/server/auth/guard";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { getLabelLocale } from "@/ui/labels";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiClients"))("title") };
}

/** Kết nối API: the API clients of the units this administrator manages, a new one, revoking one (ADMIN). */
export default async function ApiClientsPage() {
  const user = await requireUser(STAFF_PAGES["/quan-tri/ket-noi-api"], "/quan-tri/ket-noi-api");
  const [data, t, locale] = await Promise.all([
    loadApiClientAdmin(user),
    getTranslations("apiClients"),
    getLabelLocale(),
  ]);
  const now = new Date();
  const stateOf = (client: (typeof data.clients)[number]) =>
    client.revokedAt
      ? t("revokedAt", { date: formatDate(client.revokedAt) })
      : client.expiresAt && client.expiresAt <= now
        ? t("expired")
        : client.expiresAt
          ? t("expiresAt", { date: formatDate(new Date(client.expiresAt.getTime() - 1)) })
          : t("active");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <p className="mb-4 text-sm">
        {/* A route handler's page (not a Next.js page): a plain link, so the browser loads it whole. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/v1/reference" className="underline">
          {t("reference")}
        </a>
      </p>
      <Section title={t("createTitle")} id="api-client-create">
        <CreateApiClientForm units={data.units} locale={locale === "en" ? "en" : "vi"} />
      </Section>
      <Section title={t("listTitle")} id="api-client-list">
        <DataTable
          caption={t("listTitle")}
          captionHidden
          columns={[
            t("colName"),
            t("colUnit"),
            t("colPermissions"),
            t("colPrefix"),
            t("colCreated"),
            t("colLastUsed"),
            t("colState"),
            { header: t("colActions"), hidden: true },
          ]}
          empty={data.clients.length === 0 ? t("empty") : undefined}
          testId="api-clients"
        >
          {data.clients.map((client) => (
            <tr key={client.id} data-testid={`api-client-${client.keyPrefix}`}>
              <RowHeader>{client.name}</RowHeader>
              <td className={tdClass}>{client.unitName}</td>
              <td className={tdClass}>
                <ul>
                  {client.permissions.map((permission) => (
                    <li key={permission}>
                      <code className="font-mono text-xs">{permission}</code>
                    </li>
                  ))}
                </ul>
              </td>
              <td className={tdClass}>
                <code className="font-mono text-xs">{client.keyPrefix}…</code>
              </td>
              <td className={tdClass}>{formatDate(client.createdAt)}</td>
              <td className={tdClass}>{client.lastUsedAt ? formatDateTime(client.lastUsedAt) : t("never")}</td>
              <td className={tdClass}>{stateOf(client)}</td>
              <td className={tdClass}>
                {client.revokedAt ? null : <RevokeApiClientButton clientId={client.id} name={client.name} />}
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
