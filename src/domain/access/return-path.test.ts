import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

// Open-redirect payloads (OWASP's unvalidated-redirects cheat sheet and the usual bypass lists), each aimed at
// evil.example. Not one may come back as a redirect target.
const HOSTILE = [
  "//evil.example",
  "//evil.example/steal",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "\\/evil.example",
  "\\\\evil.example",
  "/%5Cevil.example/steal",
  "/%5cevil.example",
  "/%255Cevil.example",
  "/%2F%2Fevil.example",
  "/%2f%2fevil.example",
  "/%2F/evil.example",
  "%2F%2Fevil.example",
  "/%252F%252Fevil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "/%00/evil.example",
  "/%20/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\u0000/evil.example",
  "/ /evil.example",
  "/\u00a0/evil.example",
  "/\u3000/evil.example",
  "/\u202e/evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "/a/..//evil.example",
  "/a/%2e%2e//evil.example",
  "/%2e//evil.example",
  "https:evil.example",
  "https://evil.example",
  "http:/evil.example",
  "http:\\\\evil.example",
  "//evil.example@127.0.0.1",
  "evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "/javascript:alert(1)%0a",
  "data:text/html,<script>alert(1)</script>",
  "/%E0%A4%A",
  "/%",
  "",
  " /ho-so",
  "/ho-so\u0000",
  "/ho-so?x=\u0000",
  "/ho-so?x=%00",
  "/ho-so#%0a",
  `/${"a".repeat(3000)}`,
];

describe("safeReturnPath: only this site's paths pass", () => {
  it.each(HOSTILE)("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it.each([null, undefined, 42, {}, ["/ho-so"]])("refuses a non-string (%j)", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it.each([
    ["/ho-so", "/ho-so"],
    ["/tiep-nhan/moi", "/tiep-nhan/moi"],
    ["/ho-so/000.00.00.H26-261122-0001", "/ho-so/000.00.00.H26-261122-0001"],
    ["/ho-so?trang=2&q=Nguy%E1%BB%85n%20V%C4%83n", "/ho-so?trang=2&q=Nguy%E1%BB%85n%20V%C4%83n"],
    ["/quan-tri/nguoi-dung?vai-tro=ADMIN#bang", "/quan-tri/nguoi-dung?vai-tro=ADMIN#bang"],
    ["/", "/"],
    ["/a/../ho-so", "/ho-so"],
    // A path segment that merely looks like a host stays on this site.
    ["/@evil.example", "/@evil.example"],
  ])("accepts %j as %j", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it("every accepted path resolves to this origin, as a browser would read it", () => {
    for (const value of ["/ho-so", "/ho-so?trang=2", "/a/../ho-so", "/@evil.example"]) {
      const path = safeReturnPath(value)!;
      expect(new URL(path, "http://127.0.0.1:3000").origin).toBe("http://127.0.0.1:3000");
    }
  });
});
