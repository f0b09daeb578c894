import { ratio } from "./ratio";

/** Late share: late dossiers ÷ dossiers resolved in the period. */
export function lateShare(counts: { resolved: number; late: number }): number | null {
  return ratio(counts.late, counts.resolved);
}

/** Apology compliance (tỷ lệ xin lỗi đúng quy định): late dossiers with an apology issued in time ÷ late dossiers. */
export function apologyCompliance(counts: { late: number; lateWithTimelyApology: number }): number | null {
  return ratio(counts.lateWithTimelyApology, counts.late);
}
