import { describe, expect, it } from "vitest";
import { parseWorklistParams } from "./filter";
import { warningHref, warningScopeKey } from "./warnings";

describe("early warnings → worklist links", () => {
  it("opens each role's warning scope with the matching quick filter", () => {
    expect(warningHref("OFFICER", "apologyDue")).toBe("/ho-so?han=can-xin-loi");
    expect(warningHref("DEPARTMENT_HEAD", "overdue")).toBe("/ho-so?pham-vi=cua-phong&han=qua-han");
    expect(warningHref("LEADERSHIP", "dueSoon")).toBe("/ho-so?pham-vi=cua-don-vi&han=sap-den-han");
    expect(warningHref("RECEPTIONIST", "apologyDue")).toBe("/ho-so?pham-vi=cua-don-vi&han=can-xin-loi");
    expect(warningHref("ADMIN", "overdue")).toBeNull();
    expect(warningScopeKey("INSPECTOR")).toBeNull();
  });

  it("round-trips through the worklist's parameters", () => {
    const href = warningHref("DEPARTMENT_HEAD", "apologyDue")!;
    const params = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parseWorklistParams(params).filter).toMatchObject({ scope: "office", quick: "apologyDue" });
  });
});
