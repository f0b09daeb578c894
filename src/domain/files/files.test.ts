import { describe, expect, it } from "vitest";
import { cleanFileName, countProblem, DEFAULT_UPLOAD_LIMITS, displayName, uploadProblem } from "./index";

// Issue 9 "Bad input and faults": names with path tricks, too many files, wrong types, oversized files each get a
// clear Vietnamese message; the stored name is a label, never a path.
describe("cleanFileName", () => {
  it("keeps only the last path segment (no traversal through the label)", () => {
    expect(cleanFileName("../../etc/passwd.pdf", "application/pdf")).toBe("passwd.pdf");
    expect(cleanFileName("C:\\Users\\an\\giay-khai-sinh.pdf", "application/pdf")).toBe("giay-khai-sinh.pdf");
  });

  it("removes control and direction characters, keeps Vietnamese (NFC)", () => {
    expect(cleanFileName("Gi\u0061\u0301y\u0000 t\u1edd\u202e.pdf", "application/pdf")).toBe("Giáy tờ.pdf");
    expect(cleanFileName("ảnh chân dung.png", "image/png")).toBe("ảnh chân dung.png");
  });

  it("ends with the extension of the kind found in the content, whatever the name said", () => {
    expect(cleanFileName("hoa-don.exe", "application/pdf")).toBe("hoa-don.exe.pdf");
    expect(cleanFileName("scan.JPEG", "image/jpeg")).toBe("scan.JPEG");
    expect(cleanFileName("scan.png", "image/jpeg")).toBe("scan.png.jpg");
  });

  it("never yields an empty or hidden name, and caps the length", () => {
    expect(cleanFileName("", "application/pdf")).toBe("tep.pdf");
    expect(cleanFileName("../", "image/png")).toBe("tep.png");
    expect(cleanFileName(".htaccess", "application/pdf")).toBe("htaccess.pdf");
    const long = cleanFileName(`${"a".repeat(300)}.pdf`, "application/pdf");
    expect(long).toHaveLength(120);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("replaces characters a file system or shell reads specially", () => {
    expect(cleanFileName('a<b>c:d"e|f?g*.pdf', "application/pdf")).toBe("a_b_c_d_e_f_g_.pdf");
  });
});

describe("upload limits", () => {
  it("counts per component and per submission", () => {
    expect(countProblem([1, 2, 3])).toBeNull();
    expect(countProblem([DEFAULT_UPLOAD_LIMITS.maxFilesPerComponent + 1])?.code).toBe("count");
    expect(countProblem(Array(5).fill(DEFAULT_UPLOAD_LIMITS.maxFilesPerComponent))?.code).toBe("count");
  });

  it("says what is wrong and what to do, politely, naming the file", () => {
    const size = uploadProblem("size", "ban-ve.pdf");
    expect(size.message).toContain("“ban-ve.pdf”");
    expect(size.message).toContain("20 MB");
    expect(size.message).toMatch(/Xin ông\/bà/);
    expect(uploadProblem("type", "a.exe").message).toContain("theo nội dung tệp");
    expect(displayName("../../x/y.pdf")).toBe("y.pdf");
  });
});
