import { describe, expect, it } from "vitest";
import { signDownloadToken, verifyDownloadToken } from "./signed-link";

const secret = "s".repeat(40);
const now = new Date("2026-12-05T06:00:00Z");
const b64url = (text: string) => Buffer.from(text).toString("base64url");

describe("signed download tokens", () => {
  it("verifies a fresh token and returns its key", async () => {
    const token = await signDownloadToken(secret, "dossiers/abc/hồ-sơ.pdf", now, 300);
    expect(await verifyDownloadToken(secret, token, new Date(now.getTime() + 299_000))).toEqual({
      ok: true,
      key: "dossiers/abc/hồ-sơ.pdf",
    });
  });

  it("refuses an expired token", async () => {
    const token = await signDownloadToken(secret, "a/b", now, 60);
    expect(await verifyDownloadToken(secret, token, new Date(now.getTime() + 60_000))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a token whose key, expiry or signature was changed, or signed with another secret", async () => {
    const token = await signDownloadToken(secret, "a/b", now, 60);
    const [key, expiry, signature] = token.split(".") as [string, string, string];
    const tampered = { ok: false, reason: "tampered" };
    expect(await verifyDownloadToken(secret, `${b64url("a/c")}.${expiry}.${signature}`, now)).toEqual(tampered);
    expect(await verifyDownloadToken(secret, `${key}.${Number(expiry) + 3600}.${signature}`, now)).toEqual(tampered);
    const flipped = signature.startsWith("A") ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect(await verifyDownloadToken(secret, `${key}.${expiry}.${flipped}`, now)).toEqual(tampered);
    expect(await verifyDownloadToken("t".repeat(40), token, now)).toEqual(tampered);
  });

  it("refuses malformed tokens and rejects weak secrets or bad lifetimes", async () => {
    for (const bad of ["", "a.b", "a.b.c.d", "a.notanumber.c", "a b.1.c", "a.1.", `${b64url("x")}.1.c=`]) {
      expect(await verifyDownloadToken(secret, bad, now)).toMatchObject({ ok: false });
    }
    await expect(signDownloadToken("short", "a", now, 60)).rejects.toThrow();
    await expect(signDownloadToken(secret, "a", now, 0)).rejects.toThrow();
  });
});
