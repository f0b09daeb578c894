import { afterEach, describe, expect, it, vi } from "vitest";
import { parseNotificationSettings } from "./settings";

const production = { NODE_ENV: "production" };

describe("notification settings in production", () => {
  it("refuse the development providers (the default) on every channel in use, naming what to set", () => {
    expect(() => parseNotificationSettings(production)).toThrow(/NOTIFY_EMAIL_PROVIDER is the development provider/);
    expect(() => parseNotificationSettings(production)).toThrow(/NOTIFY_SMS_PROVIDER is the development provider/);
    expect(() => parseNotificationSettings(production)).toThrow(/NOTIFY_SEND_NOTHING=true/);
  });

  it("accept real providers, channels left out, or the explicit statement that the portal sends nothing", () => {
    const real = {
      ...production,
      NOTIFY_EMAIL_PROVIDER: "smtp",
      SMTP_URL: "smtp://user:pass@mail.example.vn:587",
      MAIL_FROM: "Bộ phận Một cửa <motcua@example.vn>",
      NOTIFY_SMS_PROVIDER: "http",
      SMS_GATEWAY_URL: "https://sms.example.vn/send",
      SMS_GATEWAY_TOKEN: "t",
    };
    expect(parseNotificationSettings(real).NOTIFY_SEND_NOTHING).toBe(false);
    expect(parseNotificationSettings({ ...production, NOTIFY_CHANNELS: "" }).NOTIFY_CHANNELS).toEqual([]);
    expect(() =>
      parseNotificationSettings({ ...production, NOTIFY_CHANNELS: "sms", NOTIFY_EMAIL_PROVIDER: "dev" }),
    ).toThrow(/NOTIFY_SMS_PROVIDER/);
    expect(parseNotificationSettings({ ...production, NOTIFY_SEND_NOTHING: "true" }).NOTIFY_SEND_NOTHING).toBe(true);
    expect(() => parseNotificationSettings({ ...real, NOTIFY_SEND_NOTHING: "true" })).toThrow(/contradicts/);
    expect(() => parseNotificationSettings({ ...production, NOTIFY_SEND_NOTHING: "yes" })).toThrow(
      /NOTIFY_SEND_NOTHING/,
    );
  });

  it("leave development and test alone", () => {
    expect(parseNotificationSettings({ NODE_ENV: "development" }).NOTIFY_EMAIL_PROVIDER).toBe("dev");
    expect(parseNotificationSettings({}).NOTIFY_SMS_PROVIDER).toBe("dev");
  });

  describe("the web app's start-up (src/server/env.ts)", () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });
    const startProduction = (extra: Record<string, string>) => {
      vi.resetModules();
      for (const [key, value] of Object.entries({
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://motcua@db.example.vn/motcua",
        AUTH_SECRET: "a-production-secret-of-at-least-32-characters",
        TRUSTED_PROXY_HOPS: "1",
        ...extra,
      }))
        vi.stubEnv(key, value);
      return import("../env");
    };

    it("refuses to start with the development providers, and starts when the portal says it sends nothing", async () => {
      await expect(startProduction({})).rejects.toThrow(/MotCua cannot start: .*\n.*NOTIFY_EMAIL_PROVIDER/);
      await expect(startProduction({ NOTIFY_SEND_NOTHING: "true" })).resolves.toHaveProperty("env");
    });
  });
});
