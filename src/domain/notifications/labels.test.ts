// The outbox names each message kind in words (no template code on screen, issue 11).
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/locale";
import { notificationTemplateLabel } from "./labels";
import { NOTIFICATION_TEMPLATES } from "./templates";

describe("notification template labels", () => {
  for (const locale of LOCALES)
    it(`name every template in ${locale}, never by its code`, () => {
      for (const template of NOTIFICATION_TEMPLATES) {
        const label = notificationTemplateLabel(template, locale);
        expect(label, template).not.toBe(template);
        expect(label, template).not.toMatch(/[a-z]+[._][a-z]+/);
      }
    });

  it("show a template no longer known as stored", () => {
    expect(notificationTemplateLabel("dossier.old_kind", "vi")).toBe("dossier.old_kind");
  });
});
