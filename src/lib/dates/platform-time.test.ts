// The national platforms' time stamps: yyyyMMddHHmmss, 24-hour, Vietnam time (ONLINE-SERVICES.md, "Dates").
import { describe, expect, it } from "vitest";
import { formatPlatformTime, parsePlatformTime } from "./platform-time";

describe("platform time stamps", () => {
  it("write the Vietnamese wall clock, 24-hour, whatever the server's zone", () => {
    // 07:30 UTC is 14:30 in Hà Nội; 17:00 UTC on 31/12 is already 1 January there.
    expect(formatPlatformTime(new Date("2026-12-05T07:30:05Z"))).toBe("20261205143005");
    expect(formatPlatformTime(new Date("2026-12-31T17:00:00Z"))).toBe("20270101000000");
  });

  it("read back the same instant, and refuse what is not a real moment", () => {
    expect(parsePlatformTime("20261205143005")?.toISOString()).toBe("2026-12-05T07:30:05.000Z");
    for (const bad of ["2026120514300", "20260231120000", "20261205240000", "2026-12-05 14:30", "20261305000000"])
      expect(parsePlatformTime(bad)).toBeNull();
  });
});
