// When a new version may take effect (docs/catalogue.md, "Versions"). A version is in force from effectiveFrom
// (inclusive) to effectiveTo (exclusive, the next version's effectiveFrom); a dossier keeps the version in force on
// the day it was received. So a published version never changes the past:
// - the first version of a procedure may start on any date (it records a decision already in force);
// - a later version starts today or later, and strictly after the latest version's start (so each version keeps at
//   least one day and history is never rewritten);
// - publishing it closes the latest version: its effectiveTo becomes the new effectiveFrom.
import type { LocalDate } from "@/lib/dates";

export interface LatestVersion {
  version: number;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
}

export type PublishProblem = "before-today" | "not-after-latest";

export const PUBLISH_PROBLEM_MESSAGES: Readonly<Record<PublishProblem, string>> = {
  "before-today": "Phiên bản mới chỉ có hiệu lực từ hôm nay trở đi; hồ sơ đã tiếp nhận giữ nguyên phiên bản cũ.",
  "not-after-latest": "Ngày có hiệu lực phải sau ngày có hiệu lực của phiên bản hiện hành.",
};

/** What is wrong with publishing a version effective `effectiveFrom` on `today`, after `latest` (null: the first). */
export function publishProblems(
  effectiveFrom: LocalDate,
  today: LocalDate,
  latest: LatestVersion | null,
): PublishProblem[] {
  if (!latest) return [];
  const problems: PublishProblem[] = [];
  if (effectiveFrom < today) problems.push("before-today");
  if (effectiveFrom <= latest.effectiveFrom) problems.push("not-after-latest");
  return problems;
}

export interface PublishPlan {
  /** The new version's number. */
  version: number;
  effectiveFrom: LocalDate;
  /** The latest version to close, and its new end (exclusive), or null for a first version. */
  close: { version: number; effectiveTo: LocalDate } | null;
}

/** The rows publishing changes, or the problems that forbid it. */
export function planPublication(
  effectiveFrom: LocalDate,
  today: LocalDate,
  latest: LatestVersion | null,
): { ok: true; plan: PublishPlan } | { ok: false; problems: PublishProblem[] } {
  const problems = publishProblems(effectiveFrom, today, latest);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    plan: {
      version: (latest?.version ?? 0) + 1,
      effectiveFrom,
      close: latest ? { version: latest.version, effectiveTo: effectiveFrom } : null,
    },
  };
}

/** Whether a version is in force on `day` (from inclusive, to exclusive). */
export const inForceOn = (version: { effectiveFrom: LocalDate; effectiveTo: LocalDate | null }, day: LocalDate) =>
  version.effectiveFrom <= day && (version.effectiveTo === null || day < version.effectiveTo);
