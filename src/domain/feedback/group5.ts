// Decision 766/QĐ-TTg, group 5 (mức độ hài lòng), the feedback part, as pure counts over the items received in a
// period (docs/feedback.md, /shared/DECISION-766.md):
// - 5.1 feedback classified: classified ÷ received;
// - 5.2 feedback handled on time: handled within every deadline (2 / 5 / 15 / 2 working days) ÷ items whose outcome
//   is known at the end of the period (received − still pending within their deadlines);
// - 5.3 satisfaction with feedback handling: (received − disliked − late − repeated) ÷ received. An item counts once
//   even when it is more than one of those (the source's subtraction would otherwise go below zero [?]); MotCua keeps
//   one verdict per item, so "more dislikes than likes" is the citizen's "Không hài lòng".
// 5.1 and 5.2 are the formulas of src/domain/metrics/satisfaction-766.ts; a zero denominator is null (N/A).
import { feedbackClassifiedRate, feedbackOnTimeRate, ratio } from "@/domain/metrics";
import { foldVietnamese } from "@/lib/vietnamese-text";
import { judgeHandling, type FeedbackTimes } from "./deadlines";
import type { FeedbackCategory, FeedbackVerdict } from "./types";

export interface Group5Item extends FeedbackTimes {
  id: string;
  category: FeedbackCategory | null;
  verdict: FeedbackVerdict | null;
  /** The verified contact (or the contact given at the desk); null when none. */
  contactKey: string | null;
  dossierId: string | null;
  subject: string;
}

export interface Group5Counts {
  received: number;
  classified: number;
  /** Every stage done by its deadline and the handling finished. */
  handledOnTime: number;
  /** One stage done late, or past its deadline and still not done. */
  handledLate: number;
  /** Still within its deadlines at the end of the period (or waiting on the citizen's information). */
  pending: number;
  /** Answered after the 15 working days. */
  answeredLate: number;
  /** Past a deadline and still not done at the end of the period. */
  overdue: number;
  satisfied: number;
  dissatisfied: number;
  /** The same contact again about the same dossier or the same subject, earlier in the period. */
  repeated: number;
  /** Received − (disliked ∪ late ∪ repeated). */
  satisfactory: number;
}

export interface Group5Indicators {
  /** 5.1: classified ÷ received. */
  classifiedRate: number | null;
  /** 5.2: handled on time ÷ (handled on time + handled late). */
  onTimeRate: number | null;
  /** 5.3: satisfactory ÷ received. */
  satisfactionRate: number | null;
  /** Satisfied ÷ (satisfied + dissatisfied): the citizens' verdicts alone. */
  verdictSatisfiedRate: number | null;
}

const repeatKey = (item: Group5Item) =>
  item.contactKey === null
    ? null
    : [
        item.contactKey,
        item.dossierId ? `d:${item.dossierId}` : `s:${foldVietnamese(item.subject).replace(/\s+/g, " ").trim()}`,
      ].join("|");

/** Which items repeat an earlier one of the same list (same contact, same dossier or same subject). */
export function repeatedIds(items: readonly Group5Item[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const sorted = [...items].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id.localeCompare(b.id));
  for (const item of sorted) {
    const key = repeatKey(item);
    if (key === null) continue;
    if (seen.has(key)) repeated.add(item.id);
    seen.add(key);
  }
  return repeated;
}

/** The counts over items already filtered to the period's receipts, judged at `asOf` (the period's end, or now). */
export function group5Counts(items: readonly Group5Item[], asOf: Date): Group5Counts {
  const repeated = repeatedIds(items);
  const counts: Group5Counts = {
    received: items.length,
    classified: 0,
    handledOnTime: 0,
    handledLate: 0,
    pending: 0,
    answeredLate: 0,
    overdue: 0,
    satisfied: 0,
    dissatisfied: 0,
    repeated: repeated.size,
    satisfactory: 0,
  };
  for (const item of items) {
    if (item.category) counts.classified += 1;
    const handling = judgeHandling(item, asOf);
    if (handling === "on_time") counts.handledOnTime += 1;
    else if (handling === "pending") counts.pending += 1;
    else counts.handledLate += 1;
    if (handling === "overdue") counts.overdue += 1;
    if (item.answeredAt && item.answeredAt.getTime() > item.answerDueAt.getTime()) counts.answeredLate += 1;
    if (item.verdict === "SATISFIED") counts.satisfied += 1;
    if (item.verdict === "DISSATISFIED") counts.dissatisfied += 1;
    const late = handling === "late" || handling === "overdue";
    if (!late && item.verdict !== "DISSATISFIED" && !repeated.has(item.id)) counts.satisfactory += 1;
  }
  return counts;
}

export function group5Indicators(counts: Group5Counts): Group5Indicators {
  return {
    classifiedRate: feedbackClassifiedRate(counts),
    onTimeRate: feedbackOnTimeRate({
      handled: counts.handledOnTime + counts.handledLate,
      onTime: counts.handledOnTime,
    }),
    satisfactionRate: ratio(counts.satisfactory, counts.received),
    verdictSatisfiedRate: ratio(counts.satisfied, counts.satisfied + counts.dissatisfied),
  };
}

/** The counts per key (unit, office…), every key present in the items. */
export function group5CountsBy<K extends string>(
  items: readonly Group5Item[],
  keyOf: (item: Group5Item) => K | null,
  asOf: Date,
): Map<K, Group5Counts> {
  const groups = new Map<K, Group5Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  return new Map([...groups].map(([key, list]) => [key, group5Counts(list, asOf)]));
}
