// Vocabulary labels (statuses, steps, commands, timeliness, calendar days…) live in src/domain/<area>/labels.ts with
// every locale side by side; the i18n messages hold UI sentences only.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CALENDAR_LABELS } from "@/domain/calendar/labels";
import { LOCALES, type Locale } from "@/lib/locale";
import {
  DOSSIER_EVENT_TYPES,
  DOSSIER_LABELS,
  DOSSIER_STATUS_LABELS,
  dossierLabelsFor,
  statusWithStepLabel,
} from "@/domain/dossier/labels";
import {
  APPLICANT_KINDS,
  CHANNELS,
  COLLECTOR_KINDS,
  DOCUMENT_FORMS,
  DOSSIER_COMMAND_TYPES,
  DOSSIER_STATUSES,
  ID_DOCUMENT_KINDS,
  PAUSE_KINDS,
  PROCESSING_STEPS,
  RESULT_KINDS,
  RETURN_METHODS,
  ROLES,
} from "@/domain/dossier/types";

/** Every value of every vocabulary, as the union lists spell them. */
const DOSSIER_VALUES = {
  status: DOSSIER_STATUSES,
  step: PROCESSING_STEPS,
  channel: CHANNELS,
  role: ROLES,
  pauseKind: PAUSE_KINDS,
  documentForm: DOCUMENT_FORMS,
  resultKind: RESULT_KINDS,
  applicantKind: APPLICANT_KINDS,
  returnMethod: RETURN_METHODS,
  collectorKind: COLLECTOR_KINDS,
  idDocumentKind: ID_DOCUMENT_KINDS,
  command: DOSSIER_COMMAND_TYPES,
  event: DOSSIER_EVENT_TYPES,
} as const;

const CALENDAR_VALUES = {
  finished: ["EARLY", "ON_TIME", "LATE"],
  pending: ["WITHIN", "DUE_SOON", "OVERDUE"],
  dayKind: ["HOLIDAY", "MAKEUP_WORKDAY"],
  dayKindLong: ["HOLIDAY", "MAKEUP_WORKDAY"],
} as const;

describe("vocabulary labels: one home, every locale", () => {
  type Records = Readonly<Record<Locale, object>>;
  const areas: [string, Records, Readonly<Record<string, readonly string[]>>][] = [
    ["dossier", DOSSIER_LABELS, DOSSIER_VALUES],
    ["calendar", CALENDAR_LABELS, CALENDAR_VALUES],
  ];
  for (const [area, records, values] of areas) {
    for (const locale of LOCALES) {
      it(`${area}: every record has exactly the union's values, each with a non-empty ${locale} label`, () => {
        const vocabulary = records[locale] as Readonly<Record<string, Readonly<Record<string, string>>>>;
        expect(Object.keys(vocabulary).sort()).toEqual(Object.keys(values).sort());
        for (const [name, list] of Object.entries(values)) {
          const record = vocabulary[name] ?? {};
          expect(Object.keys(record).sort(), `${area}.${name} (${locale})`).toEqual([...list].sort());
          for (const value of list) expect(record[value]?.trim(), `${area}.${name}.${value} (${locale})`).toBeTruthy();
        }
      });
    }
  }

  it("keeps the national portal's Vietnamese wording", () => {
    const vi = dossierLabelsFor("vi");
    expect(vi.status.REGISTERED_ONLINE).toBe("Mới đăng ký");
    expect(vi.status.RECEIVED).toBe("Được tiếp nhận");
    expect(vi.status.WAITING_SUPPLEMENT).toBe("Yêu cầu bổ sung giấy tờ");
    expect(vi.status.RESULT_READY).toBe("Đã xử lý xong");
    expect(vi.status.RETURNED).toBe("Đã trả kết quả");
    expect(vi.step.AWAITING_LEADER_APPROVAL).toBe("Chờ lãnh đạo ký duyệt");
    expect(vi.documentForm.CERTIFIED_COPY).toBe("Bản sao chứng thực");
    expect(vi.command.request_supplement).toBe("Yêu cầu bổ sung hồ sơ");
    expect(vi.event.register).toBe("Tiếp nhận, đăng ký hồ sơ");
    expect(CALENDAR_LABELS.vi.finished).toEqual({ EARLY: "Trước hạn", ON_TIME: "Đúng hạn", LATE: "Quá hạn" });
    expect(CALENDAR_LABELS.vi.dayKind).toEqual({ HOLIDAY: "Nghỉ", MAKEUP_WORKDAY: "Làm bù" });
    // The state machine and printed documents read the Vietnamese constants: the same words.
    expect(DOSSIER_STATUS_LABELS).toBe(DOSSIER_LABELS.vi.status);
  });

  it("keeps the English wording the interface had", () => {
    const en = dossierLabelsFor("en");
    expect(en.status.IN_PROCESSING).toBe("In processing");
    expect(en.status.RESULT_READY).toBe("Result ready");
    expect(en.step.AWAITING_ASSIGNMENT).toBe("Awaiting assignment");
    expect(en.channel.DIRECT).toBe("In person");
    expect(en.command.receive).toBe("Receive dossier");
    expect(CALENDAR_LABELS.en.pending.WITHIN).toBe("Within deadline");
  });

  it("joins status and step in the reader's language", () => {
    expect(statusWithStepLabel("IN_PROCESSING", "AWAITING_ASSIGNMENT")).toBe("Đang xử lý – Chờ phân công");
    expect(statusWithStepLabel("IN_PROCESSING", "HANDLING", "en")).toBe("In processing – Officer handling");
    expect(statusWithStepLabel("RECEIVED", null, "en")).toBe("Received");
  });

  it("are not also kept in the i18n messages (UI sentences only there)", () => {
    const dir = path.resolve(import.meta.dirname, "../../src/i18n/messages");
    const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;
    for (const locale of LOCALES) {
      expect(read(`${locale}.json`)).not.toHaveProperty("domain");
      expect(read(`dossier.${locale}.json`)).not.toHaveProperty("labels");
      expect(read(`calendarAdmin.${locale}.json`)).not.toHaveProperty("kindHoliday");
    }
  });
});
