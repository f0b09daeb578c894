import { beforeAll, describe, expect, it } from "vitest";
import { approveApology, draftApology } from "../../src/server/dossiers/apology";
import { performCommand } from "../../src/server/dossiers/commands";
import { registerDossier } from "../../src/server/dossiers/intake";
import { lookUpDossierForCitizen } from "../../src/server/data/tracking";
import { CLIENT_ADDRESS_HEADER } from "../../src/server/client-address";
import { useTestDb } from "../support/db";
import {
  act,
  at,
  type Command,
  createTestWorld,
  intakeFor,
  type Sessions,
  sessionsOf,
  type TestWorld,
  DESK_RETURN,
} from "../support/fixtures";

// Public tracking (tra cứu hồ sơ) against PostgreSQL: the second factor, the neutral answer, the per-address limit
// kept in the rate_limits table, and the public-safe view. Each test uses its own documentation address (RFC 5737).
// The web server (src/tooling/web-server.ts) settles the client's address into CLIENT_ADDRESS_HEADER on every request.
const from = (address: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: address });

const APPLICANT = {
  applicantName: "Trần Thị Bình",
  applicantIdNumber: "001190012345",
  applicantPhone: "0987654321",
  applicantEmail: "tran.thi.binh@example.vn",
  applicantAddress: "Số 5 phố Quang Trung, Sơn Tây",
};

describe("public tracking", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let dossier: { id: string; code: string; trackingKey: string };

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    dossier = await registerDossier(as.receptionist, intakeFor(world, APPLICANT), at("2026-04-23T10:00:00"));
  });

  const failuresOf = async (address: string) =>
    (await db.rateLimit.findUnique({ where: { key: `tracking_ip:${address}` } }))?.points ?? 0;

  it("finds the dossier with the phone's last 4 digits and shows the public view", async () => {
    const result = await lookUpDossierForCitizen(
      { code: dossier.code, factor: "4321" },
      from("203.0.113.1"),
      at("2026-04-24T09:00:00"),
    );
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    expect(result.view).toMatchObject({
      code: dossier.code,
      maskedApplicantName: "Trần T** B***",
      procedure: { code: world.procedure.code, name: "Đăng ký kết hôn" },
      receivingUnit: { name: `Phường ${world.ward.name}` },
      receivedAt: at("2026-04-23T10:00:00").toISOString(),
      status: { code: "IN_PROCESSING", title: "Đang xử lý", actionNeeded: false },
      appointment: { kind: "scheduled", at: at("2026-04-30T17:00:00").toISOString() },
      timeliness: { kind: "pending", value: "WITHIN" },
      action: { kind: "wait" },
      apologies: [],
    });
    expect(result.view.timeline.map((entry) => entry.kind)).toEqual(["received", "in_processing"]);
    // a plain serialisable object
    expect(JSON.parse(JSON.stringify(result.view))).toEqual(result.view);
  });

  it("finds it with the tracking key in any case, with or without the dash", async () => {
    const key = dossier.trackingKey;
    for (const typed of [
      key,
      key.toLowerCase(),
      key.replace("-", ""),
      key.replace("-", "").toLowerCase(),
      ` ${key} `,
    ]) {
      const result = await lookUpDossierForCitizen(
        { code: dossier.code.toLowerCase(), factor: typed },
        from("203.0.113.2"),
      );
      expect(result.kind, typed).toBe("found");
    }
    expect(await failuresOf("203.0.113.2")).toBe(0); // successful look-ups are not counted
  });

  it("shows the masked name and none of the ID number, phone, address, e-mail, tracking key or staff names", async () => {
    const result = await lookUpDossierForCitizen(
      { code: dossier.code, factor: dossier.trackingKey },
      from("203.0.113.3"),
    );
    if (result.kind !== "found") throw new Error(`expected found, got ${result.kind}`);
    const json = JSON.stringify(result.view);
    expect(json).toContain("Trần T** B***");
    for (const secret of [
      APPLICANT.applicantName,
      "Bình",
      APPLICANT.applicantIdNumber,
      APPLICANT.applicantPhone,
      "987654321",
      "4321",
      APPLICANT.applicantEmail,
      "example.vn",
      APPLICANT.applicantAddress,
      "Quang Trung",
      dossier.trackingKey,
      dossier.trackingKey.replace("-", ""),
      world.users.receptionist.fullName,
      world.users.receptionist.id,
      dossier.id,
    ]) {
      expect(json, secret).not.toContain(secret);
    }
  });

  it("gives the identical neutral answer for a wrong factor and for an unknown code, and counts both", async () => {
    const address = "203.0.113.4";
    const wrongPhone = await lookUpDossierForCitizen({ code: dossier.code, factor: "1234" }, from(address));
    const wrongKey = await lookUpDossierForCitizen({ code: dossier.code, factor: "ABCD-EFGH" }, from(address));
    const unknown = await lookUpDossierForCitizen(
      { code: `${world.ward.code}-260423-9999`, factor: "4321" },
      from(address),
    );
    expect(wrongPhone).toEqual({ kind: "not_found" });
    expect(wrongKey).toEqual(wrongPhone);
    expect(unknown).toEqual(wrongPhone);
    expect(await failuresOf(address)).toBe(3);
  });

  it("blocks an address after 20 failures, even with the right factor, while another address still works", async () => {
    const address = "203.0.113.5";
    // Unknown codes, so that only the per-address limit is at work here.
    for (let attempt = 1; attempt <= 20; attempt++) {
      const code = `${world.ward.code}-260101-${String(attempt).padStart(4, "0")}`;
      const result = await lookUpDossierForCitizen({ code, factor: String(1000 + attempt) }, from(address));
      expect(result, `attempt ${attempt}`).toEqual({ kind: "not_found" });
    }
    const blocked = await lookUpDossierForCitizen({ code: dossier.code, factor: "4321" }, from(address));
    expect(blocked).toEqual({ kind: "blocked", minutes: 10, reason: "address" });
    // the settled address is the key: an X-Forwarded-For the client adds changes nothing
    const forged = new Headers({ [CLIENT_ADDRESS_HEADER]: address, "x-forwarded-for": "198.51.100.77" });
    expect((await lookUpDossierForCitizen({ code: dossier.code, factor: "4321" }, forged)).kind).toBe("blocked");
    expect((await lookUpDossierForCitizen({ code: dossier.code, factor: "4321" }, from("203.0.113.6"))).kind).toBe(
      "found",
    );
  });

  it("refuses the phone digits for a code after 10 wrong ones from any addresses, but never the tracking key", async () => {
    const target = await registerDossier(as.receptionist, intakeFor(world, APPLICANT), at("2026-04-24T10:00:00"));
    // Wrong tracking keys do not count against the code (else anyone could block it): 15 of them change nothing.
    for (let attempt = 1; attempt <= 15; attempt++) {
      const result = await lookUpDossierForCitizen(
        { code: target.code, factor: `ABCD-${String(1000 + attempt)}` },
        from(`198.51.100.${100 + attempt}`),
      );
      expect(result, `key attempt ${attempt}`).toEqual({ kind: "not_found" });
    }
    expect((await lookUpDossierForCitizen({ code: target.code, factor: "4321" }, from("198.51.100.150"))).kind).toBe(
      "found",
    );
    for (let attempt = 1; attempt <= 10; attempt++) {
      const result = await lookUpDossierForCitizen(
        { code: target.code, factor: String(2000 + attempt) },
        from(`198.51.100.${attempt}`),
      );
      expect(result, `digits attempt ${attempt}`).toEqual({ kind: "not_found" });
    }
    // The digits are now refused for this code, even the right ones, with when to retry and why.
    expect(await lookUpDossierForCitizen({ code: target.code, factor: "4321" }, from("198.51.100.200"))).toEqual({
      kind: "blocked",
      minutes: 60,
      reason: "phone_digits",
    });
    // The owner's tracking key, printed on the receipt, still finds it, from any address.
    const byKey = await lookUpDossierForCitizen(
      { code: target.code, factor: target.trackingKey },
      from("198.51.100.200"),
    );
    expect(byKey.kind).toBe("found");
    // other dossiers are not affected
    expect((await lookUpDossierForCitizen({ code: dossier.code, factor: "4321" }, from("198.51.100.201"))).kind).toBe(
      "found",
    );
  });

  it("shows the signed apology letter with its number, reason and new appointment, but not drafts", async () => {
    const late = await registerDossier(as.receptionist, intakeFor(world, APPLICANT), at("2026-05-04T08:00:00")); // due 17:00 11/05
    const versionOf = async () => (await db.dossier.findUniqueOrThrow({ where: { id: late.id } })).version;
    await performCommand(
      as.head,
      {
        dossierId: late.id,
        expectedVersion: await versionOf(),
        command: { type: "assign", officerId: world.users.officer.id },
      },
      at("2026-05-04T09:00:00"),
    );
    const draft = await draftApology(
      as.officer,
      {
        dossierId: late.id,
        expectedVersion: await versionOf(),
        kind: "LATE",
        reason: "Chờ xác minh thông tin hộ tịch tại nơi đăng ký trước đây",
        extraWorkingDays: 2,
      },
      at("2026-05-08T09:00:00"),
    );
    const lookUp = () =>
      lookUpDossierForCitizen(
        { code: late.code, factor: late.trackingKey },
        from("203.0.113.90"),
        at("2026-05-08T10:00:00"),
      );
    const beforeSignature = await lookUp();
    expect(beforeSignature.kind === "found" && beforeSignature.view.apologies).toEqual([]);
    const { number } = await approveApology(
      as.head,
      { apologyId: draft.apologyId, expectedVersion: await versionOf() },
      at("2026-05-08T09:30:00"),
    );
    const result = await lookUp();
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    expect(result.view.apologies).toEqual([
      {
        number,
        kind: "LATE",
        issuedAt: at("2026-05-08T09:30:00").toISOString(),
        reason: "Chờ xác minh thông tin hộ tịch tại nơi đăng ký trước đây",
        originalAppointmentAt: at("2026-05-11T17:00:00").toISOString(),
        newAppointmentAt: at("2026-05-13T17:00:00").toISOString(),
      },
    ]);
    expect(result.view.appointment).toMatchObject({ kind: "scheduled", at: at("2026-05-13T17:00:00").toISOString() });
  });

  it("does not count malformed input, and explains it", async () => {
    const address = "203.0.113.8";
    const badCode = await lookUpDossierForCitizen({ code: "khong-phai-ma", factor: "4321" }, from(address));
    const badFactor = await lookUpDossierForCitizen({ code: dossier.code, factor: "12" }, from(address));
    const empty = await lookUpDossierForCitizen({ code: dossier.code, factor: "" }, from(address));
    expect(badCode).toEqual({ kind: "invalid", message: expect.stringMatching(/Mã hồ sơ chưa đúng/) });
    expect(badFactor).toEqual({ kind: "invalid", message: expect.stringMatching(/Thông tin xác thực chưa đúng/) });
    expect(empty).toEqual({ kind: "invalid", message: expect.stringMatching(/vui lòng nhập 4 số cuối/) });
    expect(await failuresOf(address)).toBe(0);
  });

  it("shows 'đang tạm dừng' with what to supplement while a supplement pause is open, then the new appointment", async () => {
    const { id, code } = await registerDossier(as.receptionist, intakeFor(world, APPLICANT), at("2026-05-04T08:00:00"));
    const step = (user: keyof typeof as, command: Command, when: string) => act(db, as[user], id, command, when);
    await step("head", { type: "assign", officerId: world.users.officer.id }, "2026-05-04T09:00:00");
    await step(
      "officer",
      { type: "request_supplement", reason: "Giấy xác nhận tình trạng hôn nhân còn hiệu lực (cấp trong 6 tháng)" },
      "2026-05-05T09:00:00",
    );

    const paused = await lookUpDossierForCitizen(
      { code, factor: "4321" },
      from("203.0.113.9"),
      at("2026-05-06T09:00:00"),
    );
    if (paused.kind !== "found") throw new Error(`expected found, got ${paused.kind}`);
    expect(paused.view.status).toMatchObject({
      code: "WAITING_SUPPLEMENT",
      title: "Cần bổ sung giấy tờ",
      actionNeeded: true,
    });
    expect(paused.view.appointment).toEqual({
      kind: "paused",
      pauseKind: "SUPPLEMENT",
      since: at("2026-05-05T09:00:00").toISOString(),
      reason: "Giấy xác nhận tình trạng hôn nhân còn hiệu lực (cấp trong 6 tháng)",
    });
    expect(paused.view.action).toEqual({
      kind: "supplement",
      reason: "Giấy xác nhận tình trạng hôn nhân còn hiệu lực (cấp trong 6 tháng)",
    });
    expect(paused.view.timeliness).toBeNull();
    expect(paused.view.timeline.at(-1)).toMatchObject({
      kind: "supplement_requested",
      detail: "Giấy xác nhận tình trạng hôn nhân còn hiệu lực (cấp trong 6 tháng)",
    });
    // the wording the page shows
    const { createTranslator } = await import("next-intl");
    const messages = (await import("../../src/i18n/messages/tracking.vi.json")).default;
    const { appointmentWording } = await import("../../src/features/tracking/wording");
    const t = createTranslator({ locale: "vi", messages: { tracking: messages }, namespace: "tracking" });
    const wording = appointmentWording(paused.view.appointment, (key, values) =>
      (t as unknown as (k: string, v?: object) => string)(key, values),
    );
    expect(wording.value.toLowerCase()).toBe("đang tạm dừng");
    expect(wording.note).toContain("Giấy xác nhận tình trạng hôn nhân còn hiệu lực");

    await step("receptionist", { type: "record_supplement" }, "2026-05-07T09:00:00");
    await step("officer", { type: "submit_for_approval", resultKind: "GRANTED" }, "2026-05-07T10:00:00");
    await step("head", { type: "approve" }, "2026-05-07T11:00:00");
    await step("leader", { type: "approve" }, "2026-05-07T14:00:00");
    const ready = await lookUpDossierForCitizen({ code, factor: "4321" }, from("203.0.113.9"));
    if (ready.kind !== "found") throw new Error(`expected found, got ${ready.kind}`);
    expect(ready.view.appointment).toEqual({ kind: "scheduled", at: at("2026-05-13T17:00:00").toISOString() });
    expect(ready.view.timeliness).toEqual({
      kind: "finished",
      finishedAt: at("2026-05-07T14:00:00").toISOString(),
      value: "EARLY",
    });
    expect(ready.view.action).toMatchObject({ kind: "collect", place: `Phường ${world.ward.name}` });
    expect(ready.view.timeline.map((entry) => entry.kind)).toEqual([
      "received",
      "in_processing",
      "supplement_requested",
      "supplement_received",
      "result_ready",
    ]);

    await step("receptionist", DESK_RETURN, "2026-05-08T08:00:00");
    const returned = await lookUpDossierForCitizen({ code, factor: "4321" }, from("203.0.113.9"));
    if (returned.kind !== "found") throw new Error(`expected found, got ${returned.kind}`);
    expect(returned.view).toMatchObject({
      status: { code: "RETURNED" },
      action: { kind: "none" },
      returnMethod: "DESK",
      returnedAt: at("2026-05-08T08:00:00").toISOString(),
    });
  });
});
