"use server";
import { cookies } from "next/headers";
import { isLocale, localeCookie } from "@/i18n/locales";

/** Switches the interface language; anyone may do it, it changes only their own cookie. */
export async function setLocale(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return; // a crafted call with another argument: nothing to switch
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
