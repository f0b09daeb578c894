// Accent-insensitive matching (tìm không dấu): "ket hon" finds "Đăng ký kết hôn", "dang van uoc" finds "ĐẶNG VĂN ƯỚC".
// The same folding runs in JavaScript (the typed words) and in SQL as lower(translate(column, FOLD_FROM, FOLD_TO)) on
// the stored text: the unaccent extension is not installed by default, and translating both cases BEFORE lower()
// works in every collation (lower() of a Vietnamese capital does nothing under the plain "C" collation).

const BASES: Readonly<Record<string, string>> = {
  a: "àáạảãâầấậẩẫăằắặẳẵ",
  e: "èéẹẻẽêềếệểễ",
  i: "ìíịỉĩ",
  o: "òóọỏõôồốộổỗơờớợởỡ",
  u: "ùúụủũưừứựửữ",
  y: "ỳýỵỷỹ",
  d: "đ",
};

/** translate(text, FOLD_FROM, FOLD_TO) maps every Vietnamese letter with a diacritic (both cases) to its bare letter. */
export const [FOLD_FROM, FOLD_TO] = (() => {
  let from = "";
  let to = "";
  for (const [base, letters] of Object.entries(BASES)) {
    for (const letter of letters) {
      from += letter + letter.toUpperCase();
      to += base + base;
    }
  }
  return [from, to] as const;
})();

/** "  Đăng  Ký KẾT hôn " → "dang ky ket hon" (NFC or NFD input alike). */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a search, folded, at most `max` of them (the rest is ignored rather than slowing the query). */
export function searchWords(text: string, max = 8): string[] {
  return foldVietnamese(text).split(" ").filter(Boolean).slice(0, max);
}

/** Escapes LIKE's wildcards so a typed "%" or "_" matches itself. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Minimal folded query length before a search-as-you-type runs (one character would list everything). */
export const MIN_QUERY_LENGTH = 2;
