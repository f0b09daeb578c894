// The staff list's GET filters: Vietnamese slugs in the URL, the domain's keys in the query.
import type { FeedbackCategory, FeedbackStatus } from "@/domain/feedback";

export const STATUS_SLUGS: Readonly<Record<FeedbackStatus, string>> = {
  RECEIVED: "da-tiep-nhan",
  REFUSED: "tu-choi",
  NEEDS_INFO: "can-bo-sung",
  ANSWERED: "da-tra-loi",
  PUBLISHED: "da-cong-khai",
  CLOSED: "da-ket-thuc",
};

export const CATEGORY_SLUGS: Readonly<Record<FeedbackCategory | "UNCLASSIFIED", string>> = {
  REGULATION: "quy-dinh",
  PROCEDURE: "thu-tuc",
  STAFF_CONDUCT: "can-bo",
  OTHER: "khac",
  UNCLASSIFIED: "chua-phan-loai",
};

const keyOf = <K extends string>(slugs: Readonly<Record<K, string>>, slug: string | undefined): K | undefined =>
  (Object.keys(slugs) as K[]).find((key) => slugs[key] === slug);

export function parseFeedbackFilter(params: { status?: string; category?: string; overdue?: string }) {
  return {
    status: keyOf(STATUS_SLUGS, params.status),
    category: keyOf(CATEGORY_SLUGS, params.category),
    overdue: params.overdue === "co",
  };
}
