// The decision that announces a procedure version (quyết định công bố thủ tục hành chính): number, date and issuer are
// stored apart so that the catalogue can be sorted, filtered and exported by them; this is how they read together.
import { formatDate } from "@/lib/dates";

export interface Announcement {
  /** Số quyết định, e.g. "6520/QĐ-UBND". */
  announcementNumber: string | null;
  announcementDate: Date | null;
  /** e.g. "UBND Thành phố Hà Nội". */
  announcementIssuer: string | null;
}

/** "Quyết định 6520/QĐ-UBND ngày 12/12/2024 của UBND Thành phố Hà Nội", or null when no number is recorded. */
export function announcementLabel(a: Announcement): string | null {
  if (!a.announcementNumber) return null;
  const number = /^(quyết định|qđ)\b/i.test(a.announcementNumber)
    ? a.announcementNumber
    : `Quyết định ${a.announcementNumber}`;
  const date = a.announcementDate ? ` ngày ${formatDate(a.announcementDate)}` : "";
  const issuer = a.announcementIssuer ? ` của ${a.announcementIssuer}` : "";
  return `${number}${date}${issuer}`;
}
