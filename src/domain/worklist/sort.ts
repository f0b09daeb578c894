// The worklist's sorts and the order each one means: one home for the lists' ORDER BY
// (src/server/data/worklist-sql.ts) and the keyset cursors of its pages (./cursor.ts). Pure.

export const SORTS = ["appointmentAsc", "appointmentDesc", "receivedDesc", "receivedAsc"] as const;
export type Sort = (typeof SORTS)[number];

/** The order of a sort: its date column (nullable), its direction, where the nulls go; the code breaks ties. */
export interface SortKey {
  /** null: the code alone. */
  column: "appointmentAt" | "receivedAt" | null;
  descending: boolean;
  nullsFirst: boolean;
}

/** One home for the lists' order: the SQL's ORDER BY and the keyset predicates are both built from it. */
export const SORT_KEYS: Readonly<Record<Sort, SortKey>> = {
  appointmentAsc: { column: "appointmentAt", descending: false, nullsFirst: false },
  // Backwards along the (scope, status, appointmentAt) index: no appointment (paused) counts as the latest.
  appointmentDesc: { column: "appointmentAt", descending: true, nullsFirst: true },
  receivedDesc: { column: "receivedAt", descending: true, nullsFirst: false },
  receivedAsc: { column: "receivedAt", descending: false, nullsFirst: false },
};

/**
 * A code-prefix search ("PST-2610") lists its matches newest code first, whatever the sort: the codes of a prefix are
 * one range of the code's unique B-tree, read backwards a page at a time, where sorting thousands of matches by a
 * date would read them all (docs/worklists.md "Search"). A code holds its unit and registration day.
 */
export const CODE_SEARCH_KEY: SortKey = { column: null, descending: true, nullsFirst: false };

/** The same order read backwards (for "Trang trước": the rows before the cursor, nearest first). */
export const reversedKey = (key: SortKey): SortKey => ({
  ...key,
  descending: !key.descending,
  nullsFirst: !key.nullsFirst,
});
