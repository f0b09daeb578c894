import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarAdminScreen } from "@/features/calendar-admin/calendar-admin-screen";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendarAdmin"))("title") };
}

export default async function WorkingCalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser(STAFF_PAGES["/quan-tri/lich-lam-viec"], "/quan-tri/lich-lam-viec");
  return <CalendarAdminScreen searchParams={await searchParams} />;
}
