// Accent-insensitive matching for the desk's procedure search (tìm thủ tục không dấu): "ket hon" finds
// "Đăng ký kết hôn". The same folding runs in JavaScript (the typed words) and in SQL through translate() (the
// stored names), because the unaccent extension is not installed by default.

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

/** Minimal query length before the desk searches (one character would list everything). */
export const MIN_QUERY_LENGTH = 2;
