// Keyset pagination of the worklist (danh sách hồ sơ): "Trang sau" / "Trang trước" carry an opaque cursor in the URL,
// the position of the last (or first) row shown in the list's order, so a deep page reads one page of rows from the
// index instead of offset + page rows. Each sort is a total order: its date column, then the dossier code (unique).
// Pure: the order keys, the cursor's encoding and its validation (zod). The SQL is src/server/data/worklist-sql.ts.
import { z } from "zod";
import { SORT_KEYS, type Sort, type SortKey } from "./sort";

/** Where a page starts: after the row with this key (next), or before it (previous). */
export interface WorklistCursor {
  sort: Sort;
  direction: "next" | "previous";
  /** The page number the cursor leads to, for "Trang 7/40" (exact unless rows came or went meanwhile). */
  page: number;
  /** The row's date in the sort's column (ISO instant), null when the dossier has none. */
  at: string | null;
  /** The row's dossier code: unique, so (at, code) is a total order. */
  code: string;
}

/** What a row must give to be a cursor. */
export interface CursorRow {
  code: string;
  appointmentAt: Date | null;
  receivedAt: Date | null;
}

/** The cursor of a row; `key` is the order the list is read in (the sort's, or CODE_SEARCH_KEY for a code search). */
export function cursorOf(
  sort: Sort,
  direction: WorklistCursor["direction"],
  page: number,
  row: CursorRow,
  key: SortKey = SORT_KEYS[sort],
): WorklistCursor {
  const at = key.column ? row[key.column] : null;
  return { sort, direction, page, at: at ? at.toISOString() : null, code: row.code };
}

/** Pages a cursor may name: far beyond any list (the keyset itself has no bound). */
export const MAX_CURSOR_PAGE = 1_000_000;

const CODE = /^[A-Z][A-Z0-9]{1,15}-\d{6}-\d{4}$/;

/** The cursor as it travels: a short array [version, sort, n|p, page, at, code] in base64url JSON. */
const wireSchema = z
  .tuple([
    z.literal(1),
    z.string().refine((sort): sort is Sort => Object.hasOwn(SORT_KEYS, sort)),
    z.enum(["n", "p"]),
    z.number().int().min(2).max(MAX_CURSOR_PAGE),
    z.iso.datetime().nullable(),
    z.string().regex(CODE),
  ])
  .transform(([, sort, direction, page, at, code]): WorklistCursor => ({
    sort: sort as Sort,
    direction: direction === "n" ? "next" : "previous",
    page,
    at,
    code,
  }));

const BASE64URL = /^[A-Za-z0-9_-]{1,400}$/;

export function encodeCursor(cursor: WorklistCursor): string {
  const wire = [1, cursor.sort, cursor.direction === "next" ? "n" : "p", cursor.page, cursor.at, cursor.code];
  // Only ASCII inside (sort names, an ISO instant, a code), so btoa needs no UTF-8 step.
  return btoa(JSON.stringify(wire)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The cursor of a URL parameter, or null when it is not one this module wrote (tampered, truncated, other sort). */
export function decodeCursor(text: string, sort: Sort): WorklistCursor | null {
  if (!BASE64URL.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(atob(text.replaceAll("-", "+").replaceAll("_", "/")));
  } catch {
    return null;
  }
  const parsed = wireSchema.safeParse(json);
  // A cursor is a position in one order: under another sort it means nothing.
  return parsed.success && parsed.data.sort === sort ? parsed.data : null;
}
