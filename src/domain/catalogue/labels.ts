// Labels of the online-service vocabulary of a procedure, in every interface language. Records keyed by the full
// unions and by every locale, so a new value or language without its label is a compile error.
import type { Locale } from "@/lib/locale";
import type { FeeTiming, OnlineClass } from "./types";

export interface CatalogueVocabulary {
  /** The class with its old level number (mức độ). */
  onlineClass: Readonly<Record<OnlineClass, string>>;
  feeTiming: Readonly<Record<FeeTiming, string>>;
}

export const CATALOGUE_LABELS: Readonly<Record<Locale, CatalogueVocabulary>> = {
  vi: {
    onlineClass: {
      FULL: "Toàn trình (mức độ 4)",
      PARTIAL: "Một phần (mức độ 3)",
      NONE: "Không có dịch vụ công trực tuyến",
    },
    feeTiming: {
      BEFORE_INTAKE: "Nộp trước khi tiếp nhận hồ sơ",
      AFTER_RESULT: "Nộp khi nhận kết quả",
      EXEMPT: "Miễn phí, lệ phí",
    },
  },
  en: {
    onlineClass: {
      FULL: "Fully online (level 4)",
      PARTIAL: "Partly online (level 3)",
      NONE: "No online service",
    },
    feeTiming: {
      BEFORE_INTAKE: "Paid before the dossier is received",
      AFTER_RESULT: "Paid when the result is collected",
      EXEMPT: "Exempt from fees and charges",
    },
  },
};

export function catalogueLabelsFor(locale: Locale): CatalogueVocabulary {
  return CATALOGUE_LABELS[locale];
}
