import { describe, expect, it } from "vitest";
import { auditLogParamsOf, parseAuditLogParams } from "./log-filter";

describe("the audit log's filter", () => {
  it("reads every filter from its Vietnamese parameter, dates as dd/MM/yyyy both included", () => {
    const { filter, errors } = parseAuditLogParams({
      "nguoi-dung": " tiepnhan.leloi ",
      "hanh-dong": "personal_data.view_dossier",
      "doi-tuong": "T01.01-260423-0001",
      "tu-ngay": "01/04/2026",
      "den-ngay": "30/04/2026",
      trang: "3",
    });
    expect(errors).toEqual({});
    expect(filter).toEqual({
      actor: "tiepnhan.leloi",
      action: "personal_data.view_dossier",
      object: "T01.01-260423-0001",
      from: "2026-04-01",
      to: "2026-04-30",
      page: 3,
    });
    expect(auditLogParamsOf(filter)).toEqual({
      "nguoi-dung": "tiepnhan.leloi",
      "hanh-dong": "personal_data.view_dossier",
      "doi-tuong": "T01.01-260423-0001",
      "tu-ngay": "01/04/2026",
      "den-ngay": "30/04/2026",
    });
  });

  it("refuses unknown actions, odd characters and reversed ranges with a Vietnamese message, and ignores them", () => {
    const { filter, errors } = parseAuditLogParams({
      "nguoi-dung": "admin\u0000",
      "hanh-dong": "personal_data.delete_everything",
      "doi-tuong": "\u202eabc",
      "tu-ngay": "30/04/2026",
      "den-ngay": "01/04/2026",
      trang: "0x10",
    });
    expect(filter).toEqual({ actor: null, action: null, object: null, from: null, to: null, page: 1 });
    expect(Object.keys(errors).sort()).toEqual(["action", "actor", "object", "to"]);
    expect(errors.action).toBe("Hành động không có trong danh sách.");
  });

  it("no parameters: everything, first page", () => {
    expect(parseAuditLogParams({}).filter).toEqual({
      actor: null,
      action: null,
      object: null,
      from: null,
      to: null,
      page: 1,
    });
  });
});
