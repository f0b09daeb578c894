import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { APP_TIME_ZONE } from "@/lib/dates";
import { defaultLocale, isLocale, localeCookie, type Locale } from "./locales";

/**
 * Messages: the shared shell in messages/<locale>.json, plus one file per feature in
 * messages/<feature>.<locale>.json under the namespace of the same name, so features do not edit one big file.
 */
export const featureNamespaces = [
  "reception",
  "tracking",
  "worklists",
  "dossier",
  "reports",
  "notificationsAdmin",
  "calendarAdmin",
  "catalogueAdmin",
  "organisationAdmin",
  "account",
  "auditLog",
  "onlineQueue",
  "eResult",
  "digitisation",
  "payment",
  "postal",
  "onlineSubmission",
  "myDossiers",
  "apiClients",
  "userAdmin",
  "nationalPortal",
  "feedback",
  "counterTablet",
  "satisfactionReport",
  "satisfaction",
  "leadershipDashboard",
  "decision766",
  "dossierQuality",
  "publicBoard",
  "parResults",
  "parEvaluation",
  "parCriteria",
] as const;

async function loadMessages(locale: Locale) {
  const shell = (await import(`./messages/${locale}.json`)).default as Record<string, unknown>;
  const features = await Promise.all(
    featureNamespaces.map(
      async (namespace) => [namespace, (await import(`./messages/${namespace}.${locale}.json`)).default] as const,
    ),
  );
  return { ...shell, ...Object.fromEntries(features) };
}

export default getRequestConfig(async () => {
  const requested = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, timeZone: APP_TIME_ZONE, messages: await loadMessages(locale) };
});
