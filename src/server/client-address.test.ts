import { describe, expect, it } from "vitest";
import { parseTrustedProxyHops, resolveClientAddress } from "./client-address";

const resolve = (socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number) =>
  resolveClientAddress({ socketAddress, forwardedFor, trustedHops });

describe("the client address: the socket, or the entries of the trusted proxies", () => {
  it("with no proxy, is the socket's address whatever X-Forwarded-For the client sends", () => {
    expect(resolve("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(resolve("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(resolve("203.0.113.9", "198.51.100.1, 198.51.100.2", 0)).toBe("203.0.113.9");
  });

  it("behind one proxy, is the entry that proxy appended (the last), never the client's own entries", () => {
    // nginx at 10.0.0.2 appends the address it saw (203.0.113.9) to what the client sent.
    expect(resolve("10.0.0.2", "203.0.113.9", 1)).toBe("203.0.113.9");
    expect(resolve("10.0.0.2", "198.51.100.1, 198.51.100.2, 203.0.113.9", 1)).toBe("203.0.113.9");
    // Node joins repeated headers; the order is kept.
    expect(resolve("10.0.0.2", ["198.51.100.1", "203.0.113.9"], 1)).toBe("203.0.113.9");
  });

  it("behind two proxies, is the entry the outer proxy appended", () => {
    expect(resolve("10.0.0.3", "198.51.100.1, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("with fewer entries than hops (a proxy missing), takes the furthest entry, never a guess beyond it", () => {
    expect(resolve("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(resolve("10.0.0.3", "203.0.113.9", 3)).toBe("203.0.113.9");
    expect(resolve("10.0.0.2", " , ,", 1)).toBe("10.0.0.2");
  });

  it("treats IPv4 on a dual-stack socket as IPv4, keeps IPv6, bounds the length, and never returns empty", () => {
    expect(resolve("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(resolve("::1", undefined, 0)).toBe("::1");
    expect(resolve("10.0.0.2", `${"9".repeat(500)}`, 1)).toHaveLength(64);
    expect(resolve(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("is a whole number from 0 to 10, and required", () => {
    expect(parseTrustedProxyHops("0")).toEqual({ ok: true, hops: 0 });
    expect(parseTrustedProxyHops(" 1 ")).toEqual({ ok: true, hops: 1 });
    for (const wrong of [undefined, "", "-1", "1.5", "0x1", "11", "one"]) {
      expect(parseTrustedProxyHops(wrong).ok, String(wrong)).toBe(false);
    }
    expect(parseTrustedProxyHops(undefined)).toMatchObject({ message: expect.stringContaining("required") });
  });
});
