// The consistency rules of a procedure version's online service (docs/domain.md, "Online service of a procedure").
import type { OnlineServiceTerms } from "./types";

export type OnlineServiceProblem =
  "full-not-eligible" | "negative-amount" | "exempt-with-amount" | "timing-without-amount";

/** What is wrong with the terms, empty when they are consistent. */
export function onlineServiceProblems(terms: OnlineServiceTerms): OnlineServiceProblem[] {
  const problems: OnlineServiceProblem[] = [];
  if (terms.onlineClass === "FULL" && !terms.fullOnlineEligible) problems.push("full-not-eligible");
  if (terms.feeAmount < 0 || terms.chargeAmount < 0) problems.push("negative-amount");
  const free = terms.feeAmount === 0 && terms.chargeAmount === 0;
  if (terms.feeTiming === "EXEMPT" && !free) problems.push("exempt-with-amount");
  if (terms.feeTiming !== "EXEMPT" && free) problems.push("timing-without-amount");
  return problems;
}

/** The total a dossier owes: phí plus lệ phí. */
export function totalFee(terms: Pick<OnlineServiceTerms, "feeAmount" | "chargeAmount">): number {
  return terms.feeAmount + terms.chargeAmount;
}
