import type { FinishedTimeliness, PendingTimeliness } from "@/domain/calendar";

/** Deadline marker of a row: pending (trong hạn / sắp đến hạn / quá hạn), paused, or the finished classification. */
export type RowMarker =
  | { kind: "pending"; value: PendingTimeliness }
  | { kind: "paused" }
  | { kind: "finished"; value: FinishedTimeliness }
  | null;
