import "server-only";
import { feedbackLabelsFor, type FeedbackVocabulary } from "@/domain/feedback";
import { getLabelLocale } from "@/ui/labels";

/** The feedback vocabulary in the reader's language (server components). */
export async function feedbackLabels(): Promise<FeedbackVocabulary> {
  return feedbackLabelsFor(await getLabelLocale());
}
