import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { APP_TIME_ZONE } from "@/lib/dates";
import { defaultLocale, isLocale, localeCookie } from "./locales";

export default getRequestConfig(async () => {
  const requested = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    timeZone: APP_TIME_ZONE,
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
