import "server-only";
// The PAR Index vocabulary in the reader's language, for the criteria-set screens (server components pass it on).
import { parLabelsFor, type ParVocabulary } from "@/domain/par-index";
import { getLabelLocale } from "@/ui/labels";

export async function getParLabels(): Promise<ParVocabulary> {
  return parLabelsFor(await getLabelLocale());
}
