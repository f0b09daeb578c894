import { describe, expect, it } from "vitest";
import { FOLD_FROM, FOLD_TO, escapeLike, foldVietnamese, searchWords } from "./vietnamese-text";

/** What PostgreSQL's lower(translate(text, FOLD_FROM, FOLD_TO)) does, to check both sides fold alike. */
function sqlFold(text: string): string {
  const map = new Map([...FOLD_FROM].map((letter, index) => [letter, FOLD_TO[index]]));
  return [...text.normalize("NFC")]
    .map((letter) => map.get(letter) ?? letter)
    .join("")
    .toLowerCase();
}

describe("accent-insensitive procedure search", () => {
  it("folds Vietnamese letters, case and spaces", () => {
    expect(foldVietnamese("  Đăng  ký KẾT hôn ")).toBe("dang ky ket hon");
    expect(foldVietnamese("Cấp Giấy xác nhận tình trạng hôn nhân")).toBe("cap giay xac nhan tinh trang hon nhan");
    // decomposed input (NFD, as some keyboards send it) folds the same
    expect(foldVietnamese("Đăng ký khai sinh".normalize("NFD"))).toBe("dang ky khai sinh");
  });

  it("maps every letter with a diacritic in translate() the same way as in JavaScript", () => {
    expect(FOLD_FROM.length).toBe(FOLD_TO.length);
    const alphabet = "aàáạảãâầấậẩẫăằắặẳẵeèéẹẻẽêềếệểễiìíịỉĩoòóọỏõôồốộổỗơờớợởỡuùúụủũưừứựửữyỳýỵỷỹdđ";
    for (const letter of alphabet + alphabet.toUpperCase()) expect(sqlFold(letter)).toBe(foldVietnamese(letter));
    expect(sqlFold("Đăng ký kết hôn")).toContain(foldVietnamese("ket hon"));
  });

  it("splits the words and escapes LIKE wildcards", () => {
    expect(searchWords("Kết  hôn 1.000894")).toEqual(["ket", "hon", "1.000894"]);
    expect(searchWords("a b c d e f g h i j", 3)).toEqual(["a", "b", "c"]);
    // capitals with diacritics fold too, in SQL before lower(): "Đ" and "Ư" under any collation
    expect(sqlFold("ĐẶNG VĂN ƯỚC")).toBe("dang van uoc");
    expect(escapeLike("50%_x\\")).toBe("50\\%\\_x\\\\");
  });
});
