// The desk's procedure search: the shared accent-insensitive folding, and how short a query may be.
export { escapeLike, FOLD_FROM, FOLD_TO, foldVietnamese, searchWords } from "@/lib/vietnamese-text";

/** Minimal query length before the desk searches (one character would list everything). */
export const MIN_QUERY_LENGTH = 2;
