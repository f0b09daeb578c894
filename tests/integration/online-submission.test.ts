import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addWorkingTime } from "../../src/domain/calendar";
import { receiverSchema } from "../../src/domain/postal";
import type { ComponentSubmission } from "../../src/server/online-intake/submit";
import { localDateKey } from "../../src/lib/dates";
import { useTestDb } from "../support/db";
import { at, createTestWorld, type TestWorld } from "../support/fixtures";
import { fileOf, largePdf, samplePdf, samplePng } from "../support/sample-files";

// Issue 9, item 2: a citizen proves a phone or an e-mail with a one-time code and submits online; "hồ sơ của tôi".
// Everything runs for real (PostgreSQL, the rate limits, the outbox, the file store, the actions); only the request
// is stood in for: its cookies and its client address (next/headers), which exist only inside a Next.js request.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), address: "203.0.113.1" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
  headers: async () => new Headers({ "x-motcua-client-address": request.address }),
}));

const challenge = await import("../../src/server/citizen/contact-challenge");
const citizenSession = await import("../../src/server/citizen/session");
const submit = await import("../../src/server/online-intake/submit");
const context = await import("../../src/server/online-intake/context");
const draft = await import("../../src/server/online-intake/draft");
const actions = await import("../../src/features/online-submission/actions");
const myDossiers = await import("../../src/server/citizen/my-dossiers");
const { getCurrentCalendar } = await import("../../src/server/data/calendar");
const { UserFacingError } = await import("../../src/server/user-facing-error");

/** A fresh mobile number (tests share one database). */
const newPhone = () => `09${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
const phone = (value = newPhone()) => ({ kind: "PHONE" as const, value });
const newAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;

const applicant = {
  applicantKind: "CITIZEN" as const,
  applicantName: "Trần Thị Bình",
  applicantIdNumber: "001190012345",
  applicantPhone: "0987654321",
  applicantAddress: "Số 5 phố Quang Trung, Sơn Tây",
};

describe("online submission", () => {
  const db = useTestDb();
  let world: TestWorld;

  beforeAll(async () => {
    world = await createTestWorld(db);
    await db.administrativeUnit.update({
      where: { id: world.ward.id },
      data: { address: "Số 1 Lê Lợi", phone: "024 3383 2222", openingHours: "Thứ Hai – Thứ Sáu, 7:30–17:00" },
    });
  });
  beforeEach(() => {
    request.cookies.clear();
    request.address = newAddress();
  });

  /** The code as the citizen reads it: from the message written to the outbox for this phone. */
  async function codeSentTo(value: string): Promise<string> {
    const message = await db.notification.findFirst({
      where: { recipient: value, template: "contact.code" },
      orderBy: { createdAt: "desc" },
    });
    const code = /\b(\d{6})\b/.exec(message?.body ?? "")?.[1];
    if (!code) throw new Error(`no code was sent to ${value}`);
    return code;
  }

  async function verifiedContact(value = newPhone()): Promise<string> {
    const sent = await challenge.sendContactCode(phone(value), "submit", request.address);
    expect(sent.ok).toBe(true);
    const verified = await challenge.verifyContactCode(phone(value), await codeSentTo(value), request.address);
    if (!verified.ok) throw new Error(verified.message);
    return verified.contactId;
  }

  const submission = (contactId: string, components: ComponentSubmission[], delivery = {}) => ({
    contactId,
    procedureId: world.procedure.id,
    applicant,
    delivery: { unitId: world.ward.id, resultDelivery: "AT_DESK" as const, ...delivery },
    components,
  });
  const pdf = (name = "to-khai.pdf") => fileOf(samplePdf(name), name);
  const twoDocuments = async (): Promise<ComponentSubmission[]> => [
    { position: 1, files: [pdf()], reuseIds: [] },
    { position: 2, files: [fileOf(await samplePng(), "giay-xac-nhan.png")], reuseIds: [] },
  ];
  const dossiersOf = (contactId: string) => db.dossier.count({ where: { submittedContactId: contactId } });

  describe("one-time codes", () => {
    it("sends 6 digits through the outbox and keeps only an HMAC of them", async () => {
      const value = newPhone();
      const sent = await challenge.sendContactCode(phone(value), "submit", request.address);
      expect(sent).toMatchObject({ ok: true, masked: `${value.slice(0, 3)}****${value.slice(-3)}` });
      const code = await codeSentTo(value);
      const row = await db.contactChallenge.findFirstOrThrow({ where: { value } });
      expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.codeHash).not.toContain(code);
      const message = await db.notification.findFirstOrThrow({ where: { recipient: value } });
      expect(message).toMatchObject({ channel: "SMS", status: "PENDING" });
      expect(message.body).toContain("hiệu lực 10 phút");
    });

    it("asks to wait before a second code to the same contact", async () => {
      const value = newPhone();
      const now = new Date();
      expect((await challenge.sendContactCode(phone(value), "submit", request.address, now)).ok).toBe(true);
      const again = await challenge.sendContactCode(
        phone(value),
        "submit",
        request.address,
        new Date(now.getTime() + 5000),
      );
      expect(again).toMatchObject({ ok: false, message: expect.stringContaining("chờ 55 giây") });
      expect(await db.contactChallenge.count({ where: { value } })).toBe(1);
    });

    it("counts wrong codes: the remaining tries, then a new code is needed, even for the right one", async () => {
      const value = newPhone();
      await challenge.sendContactCode(phone(value), "submit", request.address);
      const code = await codeSentTo(value);
      const wrong = code === "000000" ? "111111" : "000000";
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await challenge.verifyContactCode(phone(value), wrong, request.address));
      expect(answers.map((answer) => !answer.ok && answer.message)).toEqual([
        "Mã xác thực chưa đúng. Ông/bà còn 4 lần thử.",
        "Mã xác thực chưa đúng. Ông/bà còn 3 lần thử.",
        "Mã xác thực chưa đúng. Ông/bà còn 2 lần thử.",
        "Mã xác thực chưa đúng. Ông/bà còn 1 lần thử.",
        "Mã xác thực chưa đúng và đã hết số lần thử. Xin vui lòng yêu cầu gửi mã mới.",
      ]);
      const right = await challenge.verifyContactCode(phone(value), code, request.address);
      expect(right).toMatchObject({ ok: false, reason: "exhausted" });
      expect(await db.verifiedContact.count({ where: { value } })).toBe(0);
    });

    it("refuses an expired code and asks for a new one", async () => {
      const value = newPhone();
      const sentAt = new Date(Date.now() - 11 * 60_000);
      await challenge.sendContactCode(phone(value), "submit", request.address, sentAt);
      const answer = await challenge.verifyContactCode(phone(value), await codeSentTo(value), request.address);
      expect(answer).toMatchObject({ ok: false, reason: "expired", message: expect.stringContaining("hết hạn") });
    });

    it("verifies the right code once: the contact is created, the code is used up", async () => {
      const value = newPhone();
      await challenge.sendContactCode(phone(value), "my_dossiers", request.address);
      const code = await codeSentTo(value);
      const first = await challenge.verifyContactCode(phone(value), code, request.address);
      expect(first.ok).toBe(true);
      const replay = await challenge.verifyContactCode(phone(value), code, request.address);
      expect(replay).toMatchObject({ ok: false, reason: "missing" });
      const contact = await db.verifiedContact.findUniqueOrThrow({ where: { kind_value: { kind: "PHONE", value } } });
      expect(first.ok && first.contactId).toBe(contact.id);
      const audit = await db.auditEntry.findFirstOrThrow({
        where: { action: "citizen.verify_contact", entityId: contact.id },
      });
      expect(JSON.stringify(audit.detail)).not.toContain(value);
    });

    it("stops an address that guesses codes for many contacts", async () => {
      for (let i = 0; i < 20; i++) {
        const value = newPhone();
        await challenge.sendContactCode(phone(value), "submit", newAddress());
        await challenge.verifyContactCode(phone(value), "000001", request.address);
      }
      const value = newPhone();
      await challenge.sendContactCode(phone(value), "submit", newAddress());
      const answer = await challenge.verifyContactCode(phone(value), await codeSentTo(value), request.address);
      expect(answer).toMatchObject({ ok: false, reason: "throttled", message: expect.stringContaining("thử lại sau") });
    });

    it("refuses more than 5 codes an hour to one contact, from any address", async () => {
      const value = newPhone();
      const start = Date.now();
      for (let i = 0; i < 5; i++)
        expect(
          (await challenge.sendContactCode(phone(value), "submit", newAddress(), new Date(start + i * 61_000))).ok,
        ).toBe(true);
      const sixth = await challenge.sendContactCode(phone(value), "submit", newAddress(), new Date(start + 6 * 61_000));
      expect(sixth).toMatchObject({ ok: false, message: expect.stringContaining("quá nhiều mã") });
    });
  });

  describe("the citizen's session cookie", () => {
    it("proves a contact until it expires, and refuses a forged or altered one", async () => {
      const now = new Date();
      const { value } = citizenSession.signCitizenSession("ckcontact1", now);
      expect(citizenSession.verifyCitizenSession(value, now)).toBe("ckcontact1");
      expect(citizenSession.verifyCitizenSession(value, new Date(now.getTime() + 31 * 60_000))).toBeNull();
      const [, expiry, signature] = value.split(".");
      expect(citizenSession.verifyCitizenSession(`ckcontact2.${expiry}.${signature}`, now)).toBeNull();
      expect(citizenSession.verifyCitizenSession(`ckcontact1.${Number(expiry) + 3600}.${signature}`, now)).toBeNull();
      expect(citizenSession.verifyCitizenSession("garbage", now)).toBeNull();
    });

    it("seals the form's draft: another key or a changed byte opens nothing", () => {
      const sealed = draft.sealDraft({ contactId: "c1", procedureId: "p1", applicant: undefined });
      expect(draft.openDraft(sealed)).toMatchObject({ contactId: "c1", procedureId: "p1" });
      const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
      expect(draft.openDraft(tampered)).toBeNull();
    });
  });

  describe("submitting", () => {
    it("registers a dossier 'Mới đăng ký' with its files, flags, intake deadline, message and audit row", async () => {
      const contactId = await verifiedContact();
      const now = at("2026-05-04T09:00:00");
      const registered = await submit.submitOnline(submission(contactId, await twoDocuments()), now);
      const dossier = await db.dossier.findUniqueOrThrow({
        where: { id: registered.id },
        include: { documents: { orderBy: { position: "asc" } }, files: true, events: true, notifications: true },
      });
      expect(dossier).toMatchObject({
        code: `${world.ward.code}-260504-0001`,
        status: "REGISTERED_ONLINE",
        channel: "ONLINE",
        receivedAt: null,
        appointmentAt: null,
        receivedById: null,
        submittedContactId: contactId,
        resultDelivery: "AT_DESK",
        digitised: true,
      });
      expect(dossier.intakeDueAt).toEqual(addWorkingTime(await getCurrentCalendar(), now, 8 * 3600_000));
      expect(localDateKey(dossier.intakeDueAt!)).toBe("2026-05-05");
      expect(dossier.documents.map((d) => [d.position, d.required, d.digitised, d.reuse, d.received])).toEqual([
        [1, true, true, "NONE", true],
        [2, true, true, "NONE", true],
      ]);
      expect(dossier.files.map((f) => [f.documentPosition, f.source, f.mediaType, f.uploadedByContactId])).toEqual(
        expect.arrayContaining([
          [1, "UPLOAD", "application/pdf", contactId],
          [2, "UPLOAD", "image/png", contactId],
        ]),
      );
      expect(dossier.events.map((event) => event.type)).toEqual(["register"]);
      expect(dossier.notifications.map((n) => n.template)).toEqual(["dossier.registered_online"]);
      expect(dossier.notifications[0]!.body).toContain("Đã nhận hồ sơ đăng ký trực tuyến");
      expect(await db.auditEntry.count({ where: { action: "online_intake.submit", entityId: dossier.code } })).toBe(1);
      expect(await db.paymentRequest.count({ where: { dossierId: dossier.id } })).toBe(0);
    });

    it("opens the payment request when fees are due before intake (phí and lệ phí apart)", async () => {
      const contactId = await verifiedContact();
      await db.procedureVersion.update({
        where: { id: world.procedureVersion.id },
        data: { feeAmount: 20_000, chargeAmount: 30_000, feeTiming: "BEFORE_INTAKE" },
      });
      try {
        const registered = await submit.submitOnline(submission(contactId, await twoDocuments()));
        expect(registered.feeDueBeforeIntake).toBe(50_000);
        const requests = await db.paymentRequest.findMany({ where: { dossierId: registered.id } });
        expect(requests).toMatchObject([
          { feeAmount: 20_000, chargeAmount: 30_000, timing: "BEFORE_INTAKE", status: "UNPAID" },
        ]);
        expect(
          await context.submittedDossier(
            contactId,
            (await db.dossier.findUniqueOrThrow({ where: { id: registered.id } })).code,
          ),
        ).toMatchObject({ feeDueBeforeIntake: 50_000 });
      } finally {
        await db.procedureVersion.update({
          where: { id: world.procedureVersion.id },
          data: { feeAmount: 0, chargeAmount: 0, feeTiming: "EXEMPT" },
        });
      }
    });

    it("keeps the postal receiver on an OUTBOUND shipment, not in the history, when the procedure returns by post", async () => {
      const contactId = await verifiedContact();
      const receiver = receiverSchema.parse({
        name: "Lê Văn Cường",
        phone: "0912345678",
        address: "Số 9 Lê Lợi",
        province: "01",
        commune: "phuong-son-tay",
      });
      const registered = await submit.submitOnline(
        submission(contactId, await twoDocuments(), { resultDelivery: "POST", receiver }),
      );
      const dossier = await db.dossier.findUniqueOrThrow({
        where: { id: registered.id },
        include: { events: true, shipments: true },
      });
      expect(dossier).toMatchObject({ resultDelivery: "POST", postalReturn: true });
      expect(dossier.shipments).toMatchObject([
        {
          direction: "OUTBOUND",
          status: "REQUESTED",
          waybill: "",
          personName: "Lê Văn Cường",
          communeCode: "phuong-son-tay",
        },
      ]);
      expect(dossier.events[0]!.payload).toEqual({ channel: "ONLINE", resultDelivery: "POST" });
    });

    it("refuses each bad file with a clear message and writes nothing", async () => {
      const contactId = await verifiedContact();
      const program = fileOf(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(200).fill(0)]), "to-khai.pdf");
      const cutShort = fileOf(samplePdf().slice(0, 200), "bi-ngat.pdf");
      const oversized = fileOf(largePdf(20 * 1024 * 1024 + 10), "qua-lon.pdf");
      const cases: [string, ComponentSubmission[], RegExp][] = [
        [
          "renamed program",
          [
            { position: 1, files: [program], reuseIds: [] },
            { position: 2, files: [pdf()], reuseIds: [] },
          ],
          /không phải PDF, JPEG hoặc PNG \(kiểm tra theo nội dung tệp/,
        ],
        [
          "interrupted upload",
          [
            { position: 1, files: [cutShort], reuseIds: [] },
            { position: 2, files: [pdf()], reuseIds: [] },
          ],
          /bi-ngat\.pdf.*chưa được tải lên trọn vẹn/,
        ],
        [
          "oversized",
          [
            { position: 1, files: [oversized], reuseIds: [] },
            { position: 2, files: [pdf()], reuseIds: [] },
          ],
          /qua-lon\.pdf.*lớn hơn 20 MB/,
        ],
        [
          "too many files",
          [
            { position: 1, files: Array.from({ length: 11 }, (_, i) => pdf(`trang-${i}.pdf`)), reuseIds: [] },
            { position: 2, files: [pdf()], reuseIds: [] },
          ],
          /tối đa 10 tệp/,
        ],
        [
          "a required component missing",
          [{ position: 1, files: [pdf()], reuseIds: [] }],
          /Giấy xác nhận tình trạng hôn nhân/,
        ],
      ];
      const filesBefore = await db.dossierFile.count();
      for (const [label, components, message] of cases) {
        const refusal = await submit.submitOnline(submission(contactId, components)).catch((error: unknown) => error);
        expect(refusal, label).toBeInstanceOf(UserFacingError);
        expect((refusal as Error).message, label).toMatch(message);
      }
      expect(await dossiersOf(contactId)).toBe(0);
      expect(await db.dossierFile.count()).toBe(filesBefore);
    });

    it("keeps a path-trick name as a label only: cleaned, never a path", async () => {
      const contactId = await verifiedContact();
      const registered = await submit.submitOnline(
        submission(contactId, [
          { position: 1, files: [pdf("../../etc/passwd.pdf")], reuseIds: [] },
          { position: 2, files: [pdf("..\\..\\windows\\win.ini.pdf")], reuseIds: [] },
        ]),
      );
      const stored = await db.dossierFile.findMany({ where: { dossierId: registered.id } });
      for (const file of stored) {
        expect(file.fileName).not.toMatch(/[/\\]|\.\./);
        expect(file.storageKey).toMatch(new RegExp(`^dossiers/${registered.id}/[0-9a-f-]{36}\\.pdf$`));
      }
    });

    it("refuses post when the procedure does not return by post, and a unit of another level", async () => {
      const contactId = await verifiedContact();
      await db.procedureVersion.update({
        where: { id: world.procedureVersion.id },
        data: { postalReturnAllowed: false },
      });
      try {
        const byPost = await submit
          .submitOnline(
            submission(contactId, await twoDocuments(), {
              resultDelivery: "POST",
              receiver: receiverSchema.parse({
                name: "Lê Văn Cường",
                phone: "0912345678",
                address: "Số 9 Lê Lợi",
                province: "01",
                commune: "phuong-son-tay",
              }),
            }),
          )
          .catch((error: unknown) => error);
        expect((byPost as Error).message).toContain("không trả kết quả qua bưu chính");
      } finally {
        await db.procedureVersion.update({
          where: { id: world.procedureVersion.id },
          data: { postalReturnAllowed: true },
        });
      }
      const town = await submit
        .submitOnline(submission(contactId, await twoDocuments(), { unitId: world.town.id }))
        .catch((error: unknown) => error);
      expect((town as Error).message).toContain("không tiếp nhận thủ tục này");
      expect(await dossiersOf(contactId)).toBe(0);
    });
  });

  describe("reusing earlier files: the same verified contact's only", () => {
    it("reuses one's own file (her stored bytes shared, REUSE, reusedFromId, component REUSED), never another person's", async () => {
      const alice = await verifiedContact();
      const bob = await verifiedContact();
      const first = await submit.submitOnline(submission(alice, await twoDocuments()));
      const aliceFile = await db.dossierFile.findFirstOrThrow({ where: { dossierId: first.id, documentPosition: 2 } });

      // Bob's list does not show Alice's files; naming one anyway is refused and writes nothing.
      expect((await context.reusableFiles(bob)).map((file) => file.id)).not.toContain(aliceFile.id);
      const stolen = await submit
        .submitOnline(
          submission(bob, [
            { position: 1, files: [pdf()], reuseIds: [] },
            { position: 2, files: [], reuseIds: [aliceFile.id] },
          ]),
        )
        .catch((error: unknown) => error);
      expect((stolen as Error).message).toContain("không thuộc các hồ sơ của ông/bà");
      expect(await dossiersOf(bob)).toBe(0);

      expect((await context.reusableFiles(alice)).map((file) => file.id)).toContain(aliceFile.id);
      const second = await submit.submitOnline(
        submission(alice, [
          { position: 1, files: [pdf()], reuseIds: [] },
          { position: 2, files: [], reuseIds: [aliceFile.id] },
        ]),
      );
      const reused = await db.dossierFile.findFirstOrThrow({ where: { dossierId: second.id, documentPosition: 2 } });
      expect(reused).toMatchObject({ source: "REUSE", reusedFromId: aliceFile.id, sha256: aliceFile.sha256 });
      expect(reused.storageKey).toBe(aliceFile.storageKey);
      const component = await db.dossierDocument.findFirstOrThrow({ where: { dossierId: second.id, position: 2 } });
      expect(component).toMatchObject({ reuse: "REUSED", digitised: true });
    });
  });

  describe("through the actions, as the browser posts them", () => {
    const form = (fields: Record<string, string | File | File[]>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields))
        for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
      return data;
    };
    const redirectOf = async (promise: Promise<unknown>) => {
      try {
        return { answer: await promise };
      } catch (error) {
        const digest = String((error as { digest?: unknown }).digest ?? "");
        if (!digest.startsWith("NEXT_REDIRECT")) throw error;
        return { redirect: digest.split(";")[2] };
      }
    };

    it("goes from the code to the confirmation, then lists the dossier in 'hồ sơ của tôi' (audited)", async () => {
      const value = newPhone();
      const sent = await actions.sendCodeAction(
        undefined,
        form({ contact: value.replace(/^0/, "+84 "), purpose: "submit" }),
      );
      expect(sent).toMatchObject({ ok: true, data: { contact: value } });
      const code = await codeSentTo(value);
      const next = `/thu-tuc/${world.procedure.code}/nop-truc-tuyen`;
      expect(await redirectOf(actions.verifyCodeAction(undefined, form({ contact: value, code, next })))).toEqual({
        redirect: next,
      });
      expect(request.cookies.has(citizenSession.CITIZEN_COOKIE)).toBe(true);

      const procedureCode = world.procedure.code;
      expect(await redirectOf(actions.saveApplicantAction(undefined, form({ procedureCode, ...applicant })))).toEqual({
        redirect: `${next}?buoc=nhan-ket-qua`,
      });
      expect(
        await redirectOf(
          actions.saveDeliveryAction(
            undefined,
            form({ procedureCode, unitId: world.ward.id, resultDelivery: "ELECTRONIC" }),
          ),
        ),
      ).toEqual({ redirect: `${next}?buoc=giay-to` });

      const noConfirm = await actions.submitOnlineAction(
        undefined,
        form({ procedureCode, "tep-1": pdf(), "tep-2": pdf() }),
      );
      expect(noConfirm).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.stringContaining("xác nhận")] } });

      // An input with nothing chosen still sends a 0-byte part, its name lost by React's encoding ("undefined"):
      // nothing chosen, not a refused file.
      const done = await redirectOf(
        actions.submitOnlineAction(
          undefined,
          form({ procedureCode, confirm: "on", "tep-1": [pdf(), new File([], "undefined")], "tep-2": pdf() }),
        ),
      );
      expect(done.redirect).toMatch(new RegExp(`^${next.replace(/\./g, "\\.")}/da-nop\\?ma=${world.ward.code}-`));
      expect(request.cookies.has(draft.DRAFT_COOKIE)).toBe(false);
      const contact = await db.verifiedContact.findUniqueOrThrow({ where: { kind_value: { kind: "PHONE", value } } });
      const listed = await myDossiers.listMyDossiers(contact.id);
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({
        statusTitle: "Mới đăng ký trực tuyến, chờ tiếp nhận",
        procedureName: "Đăng ký kết hôn",
      });
      expect(listed[0]!.trackingPath).toMatch(/^\/tra-cuu\?ma=.+&xac-thuc=/);
      expect(
        await db.auditEntry.count({ where: { action: "personal_data.view_my_dossiers", entityId: contact.id } }),
      ).toBe(1);
    });

    it("refuses the steps without a verified contact, and a file in a field that takes none", async () => {
      const refused = await actions.saveApplicantAction(
        undefined,
        form({ procedureCode: world.procedure.code, ...applicant }),
      );
      expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("Xin vui lòng") });
      const file = await actions.sendCodeAction(undefined, form({ contact: pdf(), purpose: "submit" }));
      expect(file).toMatchObject({ ok: false, message: expect.stringContaining("không nhận tệp") });
    });

    it("measures a 5 MB upload through the real action (figure printed, not asserted)", async () => {
      const value = newPhone();
      await actions.sendCodeAction(undefined, form({ contact: value, purpose: "submit" }));
      const next = `/thu-tuc/${world.procedure.code}/nop-truc-tuyen`;
      await redirectOf(
        actions.verifyCodeAction(undefined, form({ contact: value, code: await codeSentTo(value), next })),
      );
      const procedureCode = world.procedure.code;
      await redirectOf(actions.saveApplicantAction(undefined, form({ procedureCode, ...applicant })));
      await redirectOf(
        actions.saveDeliveryAction(
          undefined,
          form({ procedureCode, unitId: world.ward.id, resultDelivery: "AT_DESK" }),
        ),
      );
      const big = fileOf(largePdf(5 * 1024 * 1024), "ban-quet-5mb.pdf");
      const started = performance.now();
      const done = await redirectOf(
        actions.submitOnlineAction(undefined, form({ procedureCode, confirm: "on", "tep-1": big, "tep-2": pdf() })),
      );
      const seconds = (performance.now() - started) / 1000;
      expect(done.redirect).toContain("/da-nop?ma=");
      console.log(
        `[online-submission] 5 MB upload through submitOnlineAction: ${seconds.toFixed(3)} s, ${(5 / seconds).toFixed(1)} MB/s`,
      );
    });
  });
});
