// No internal code on a dossier's history (issue 11): every DossierEvent.type that the services (src/server) and the
// demo world (src/tooling/demo-world) write has a label in every language, from the one home of the dossier's event
// labels (src/domain/dossier/labels.ts: commands and DOSSIER_EVENT_TYPES) or the postal service's
// (src/domain/postal/labels.ts); the demo world's feedback history (FeedbackEvent) by src/domain/feedback/labels.ts,
// its PAR Index evaluations' (ParEvent) by src/domain/par-index/labels.ts. The types are read from the source, so a new event type without a label fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOSSIER_COMMAND_TYPES, dossierEventLabel } from "@/domain/dossier";
import { feedbackLabelsFor } from "@/domain/feedback";
import { parEventLabel } from "@/domain/par-index";
import { POSTAL_EVENT_TYPES, postalEventLabel } from "@/domain/postal";
import { LOCALES } from "@/lib/locale";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

/** The `type:` of each `dossierEvent.create(...)` / `createMany(...)` call in src/server, as written. */
function serverEventTypes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles("src/server")) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    for (const call of text.matchAll(/dossierEvent\.create(?:Many)?\(/g)) {
      const body = text.slice(call.index, call.index + 800);
      const type = /\btype:\s*([^,\n]+)/.exec(body)?.[1]?.trim();
      if (!type) throw new Error(`${file}: a dossierEvent write without a visible type`);
      const literal = /^"([^"]+)"$/.exec(type)?.[1];
      const postal = /^POSTAL_EVENT_TYPES\.(\w+)$/.exec(type)?.[1];
      if (literal) found.set(literal, file);
      else if (postal && postal in POSTAL_EVENT_TYPES)
        found.set(POSTAL_EVENT_TYPES[postal as keyof typeof POSTAL_EVENT_TYPES], file);
      else if (type === "decision.eventType") for (const command of DOSSIER_COMMAND_TYPES) found.set(command, file);
      else throw new Error(`${file}: dossierEvent type ${type} is neither a literal nor a known constant`);
    }
  }
  return found;
}

/** The `type: "…"` literals of the demo world's timelines (its event rows and the letters' events). */
function demoWorldEventTypes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles("src/tooling/demo-world")) {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    for (const match of text.matchAll(/\btype:\s*"([a-z_]+)"/g)) {
      const type = match[1]!;
      // parseArgs option kinds of the command-line tools, not events.
      if (type === "string" || type === "boolean") continue;
      found.set(type, file);
    }
  }
  return found;
}

describe("history event labels: every event type written has one", () => {
  const written = new Map([...demoWorldEventTypes(), ...serverEventTypes()]);

  it("finds the event types the services and the demo world write", () => {
    for (const type of ["register", "draft_apology", "approve_apology", "reject_apology", "assign", "postal_accepted"])
      expect(written.has(type), type).toBe(true);
  });

  for (const locale of LOCALES) {
    it(`each has a ${locale} label that is not the code itself`, () => {
      for (const [type, file] of written) {
        // The demo world's feedback items write their own history (FeedbackEvent), labelled by the feedback vocabulary.
        // And its PAR Index evaluations theirs (ParEvent), by src/domain/par-index/labels.ts.
        const label = file.endsWith("feedback.ts")
          ? (feedbackLabelsFor(locale).event as Readonly<Record<string, string>>)[type]
          : file.endsWith("par-index.ts")
            ? parEventLabel(type, locale)
            : (dossierEventLabel(type, locale) ?? postalEventLabel(type, locale));
        expect(label?.trim(), `${type} (written in ${file}) has no ${locale} label`).toBeTruthy();
        expect(label).not.toBe(type);
        expect(label).not.toMatch(/\b[a-z]+_[a-z_]+\b|\b[A-Z]+_[A-Z_]+\b/);
      }
    });
  }

  it("names the apology letter's events in Vietnamese", () => {
    expect(dossierEventLabel("draft_apology")).toBe("Lập phiếu xin lỗi và hẹn lại ngày trả kết quả");
    expect(dossierEventLabel("approve_apology")).toBe("Ký phiếu xin lỗi, hẹn lại ngày trả kết quả");
    expect(dossierEventLabel("reject_apology")).toBe("Từ chối ký phiếu xin lỗi");
    expect(dossierEventLabel("postal_accepted")).toBeNull();
  });
});
