import "server-only";
// Wording of procedure attributes in the reader's language: statutory time, fee, online service in both
// vocabularies (Nghị định 42/2022 classes and the old Nghị định 43/2011 levels), cấp thực hiện.
import { getFormatter, getTranslations } from "next-intl/server";
import type { DurationUnit, OnlineServiceClass, UnitLevel } from "@/generated/prisma/enums";

export interface ProcedureLabels {
  duration(value: number, unit: DurationUnit): string;
  fee(amount: number): string;
  online(onlineClass: OnlineServiceClass, level: number): string;
  level(level: UnitLevel): string;
}

export async function getProcedureLabels(): Promise<ProcedureLabels> {
  const [t, format] = await Promise.all([getTranslations("procedure"), getFormatter()]);
  return {
    duration: (value, unit) => t(`duration.${unit}`, { value }),
    fee: (amount) => (amount > 0 ? t("feeAmount", { amount: format.number(amount) }) : t("feeFree")),
    online: (onlineClass, level) => t(`online.${onlineClass}`, { level }),
    level: (level) => t(`level.${level}`),
  };
}
