// Amounts as the citizen reads them: "70.000 đồng" / "70,000 VND".
import { groupThousands } from "@/lib/numbers";

export const formatMoney = (amount: number, locale: string) =>
  locale === "en" ? `${amount.toLocaleString("en-US")} VND` : `${groupThousands(amount)} đồng`;
