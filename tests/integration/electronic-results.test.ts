import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../src/server/auth/session-user";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import { act, createTestWorld, intakeFor, sessionsOf, type Sessions, type TestWorld } from "../support/fixtures";

// Electronic results and digitisation (issue 9, item 6) against PostgreSQL and the local file store: the services,
// the download route's opener and the database's archive trigger. Only the session (which needs a request) is stood in.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/auth/guard", () => ({
  checkUser: async (roles?: readonly string[]) => {
    if (!session.user) return { reason: "unauthenticated" };
    if (roles && !roles.includes(session.user.role)) return { reason: "forbidden" };
    return session.user;
  },
  isDenied: (value: object) => "reason" in value,
  readableUnitIds: async (user: SessionUser) => [user.unitId],
}));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const { attachResultFile, generateResultFile, citizenResultDownload, loadResultPanel } =
  await import("../../src/server/dossiers/results");
const { scanComponent, reuseComponent, loadDigitisationPanel } = await import("../../src/server/dossiers/digitisation");
const { inspectBytes, readFileBytes } = await import("../../src/server/files");
const { openDossierFile } = await import("../../src/server/data/files");
const { attachResultAction, generateResultAction } = await import("../../src/features/e-result/actions");
const { scanComponentAction, reuseComponentAction } = await import("../../src/features/digitisation/actions");

/** A small but well-formed PDF (header, one object, trailer): what a scanner or a signing tool would hand over. */
const pdfBytes = (label: string) =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Label (${label}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
async function upload(label: string) {
  const inspection = await inspectBytes(pdfBytes(label), `${label}.pdf`);
  if (!inspection.ok) throw new Error(inspection.problem.message);
  return inspection.upload;
}

const metadata = {
  number: "125/GCNKH-UBND",
  signerName: "Nguyễn Văn Hùng",
  signerTitle: "Phó Chủ tịch",
  signedOn: "04/05/2026" as string,
  issuingAgency: "UBND phường thử",
  kind: "Giấy chứng nhận kết hôn",
};
// The service takes the schema's output: the signing date as a civil date.
const parsedMetadata = { ...metadata, signedOn: "2026-05-04" };

async function bodyOf(opened: Awaited<ReturnType<typeof openDossierFile>>): Promise<Buffer> {
  if (!opened || "refused" in opened) throw new Error("file not opened");
  const chunks: Buffer[] = [];
  for await (const chunk of opened.body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe("electronic results and digitisation against PostgreSQL", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let dossier: { id: string; code: string };

  /** A dossier of the fixture procedure taken through processing to "Đã xử lý xong" (granted). */
  async function finishedDossier(overrides: Record<string, unknown> = {}) {
    const registered = await registerDossier(
      as.receptionist,
      intakeFor(world, overrides),
      new Date("2026-05-04T01:00:00Z"),
    );
    const step = (user: keyof Sessions, command: Parameters<typeof act>[3]) =>
      act(db, as[user], registered.id, command, "2026-05-04T10:00:00");
    await step("head", { type: "assign", officerId: world.users.officer.id });
    await step("officer", { type: "submit_for_approval", resultKind: "GRANTED" });
    await step("head", { type: "approve" });
    await step("leader", { type: "approve" });
    return registered;
  }

  const flags = (id: string) =>
    db.dossier.findUniqueOrThrow({
      where: { id },
      select: { electronicResult: true, digitised: true, dataReused: true, status: true },
    });

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    dossier = await finishedDossier();
  });

  it("refuses a result while the dossier is still in processing, and leaves electronicResult false", async () => {
    const early = await registerDossier(as.receptionist, intakeFor(world));
    await act(db, as.head, early.id, { type: "assign", officerId: world.users.officer.id }, "2026-05-04T10:00:00");
    await expect(
      attachResultFile(as.officer, { dossierId: early.id, metadata: parsedMetadata, upload: await upload("nhap") }),
    ).rejects.toThrow(/sau khi kết quả đã được ký duyệt/);
    expect((await flags(early.id)).electronicResult).toBe(false);
    expect(await db.dossierResultDocument.count({ where: { dossierId: early.id } })).toBe(0);
  });

  it("without a file nothing is issued: a refused attach writes no row and the flag stays false", async () => {
    expect((await flags(dossier.id)).status).toBe("RESULT_READY");
    // A colleague of the same office who was not assigned may not issue it.
    await expect(
      attachResultFile(as.secondOfficer, {
        dossierId: dossier.id,
        metadata: parsedMetadata,
        upload: await upload("x"),
      }),
    ).rejects.toThrow(/Chỉ chuyên viên xử lý hồ sơ/);
    // A signing date in the future is refused before anything is written.
    await expect(
      attachResultFile(
        as.officer,
        { dossierId: dossier.id, metadata: { ...parsedMetadata, signedOn: "2026-05-05" }, upload: await upload("x") },
        new Date("2026-05-04T10:00:00Z"),
      ),
    ).rejects.toThrow(/sau ngày hôm nay/);
    expect((await flags(dossier.id)).electronicResult).toBe(false);
    expect(await db.dossierFile.count({ where: { dossierId: dossier.id, purpose: "RESULT" } })).toBe(0);
  });

  it("attaching the signed PDF writes file, metadata and electronicResult = true in one go", async () => {
    const issued = await attachResultFile(as.officer, {
      dossierId: dossier.id,
      metadata: parsedMetadata,
      upload: await upload("ket-qua-ky-so"),
    });
    expect(issued.replacedFileId).toBeNull();
    expect((await flags(dossier.id)).electronicResult).toBe(true);
    const result = await db.dossierResultDocument.findUniqueOrThrow({
      where: { id: issued.resultId },
      include: { file: true },
    });
    expect(result).toMatchObject({
      number: "125/GCNKH-UBND",
      signerName: "Nguyễn Văn Hùng",
      kind: "Giấy chứng nhận kết hôn",
      generated: false,
      issuedById: world.users.officer.id,
    });
    expect(result.signedOn.toISOString().slice(0, 10)).toBe("2026-05-04");
    expect(result.file).toMatchObject({
      purpose: "RESULT",
      source: "UPLOAD",
      mediaType: "application/pdf",
      supersededAt: null,
    });
    expect(Buffer.from(await readFileBytes(result.file)).toString("latin1")).toContain("ket-qua-ky-so");
    const audit = await db.auditEntry.findFirst({ where: { action: "result.attach_file", entityId: dossier.code } });
    expect(audit?.actorId).toBe(world.users.officer.id);
  });

  it("generating replaces the result with a real PDF and keeps the attached one as history", async () => {
    const before = await db.dossierFile.findFirstOrThrow({
      where: { dossierId: dossier.id, purpose: "RESULT", supersededAt: null },
    });
    const issued = await generateResultFile(as.receptionist, {
      dossierId: dossier.id,
      metadata: { ...parsedMetadata, number: "126/GCNKH-UBND", content: "Chứng nhận ông/bà đã đăng ký kết hôn." },
    });
    expect(issued.replacedFileId).toBe(before.id);
    const old = await db.dossierFile.findUniqueOrThrow({ where: { id: before.id } });
    expect(old.supersededById).toBe(issued.fileId);
    expect(old.supersededAt).not.toBeNull();
    expect(await db.dossierResultDocument.count({ where: { dossierId: dossier.id } })).toBe(2);
    expect((await flags(dossier.id)).electronicResult).toBe(true);

    const file = await db.dossierFile.findUniqueOrThrow({ where: { id: issued.fileId }, include: { result: true } });
    expect(file).toMatchObject({ source: "GENERATED", mediaType: "application/pdf" });
    expect(file.result?.generated).toBe(true);
    const pdf = Buffer.from(await readFileBytes(file));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-8).toString("latin1")).toContain("%%EOF");
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length).toBe(1);
    // It parses as a PDF by content (the same sniffing uploads pass), and its fonts carry Vietnamese letters:
    // the ToUnicode maps of the embedded subsets name Ộ (U+1ED8) and Đ (U+0110) of the national motto header.
    expect((await inspectBytes(new Uint8Array(pdf), "x.pdf")).ok).toBe(true);
    const streams: string[] = [];
    for (let at = pdf.indexOf("stream\n"); at !== -1; at = pdf.indexOf("stream\n", at + 7)) {
      const end = pdf.indexOf("\nendstream", at);
      try {
        streams.push(
          inflateSync(pdf.subarray(at + 7, end))
            .toString("latin1")
            .toLowerCase(),
        );
      } catch {
        // not a Flate stream
      }
    }
    for (const codePoint of ["1ed8", "0110"]) expect(streams.join("\n")).toContain(`<${codePoint}>`);
  });

  it("a received dossier's file cannot be deleted: the database trigger refuses it", async () => {
    const file = await db.dossierFile.findFirstOrThrow({ where: { dossierId: dossier.id } });
    await expect(db.dossierFile.delete({ where: { id: file.id } })).rejects.toThrow(
      /archived once the dossier is received/,
    );
    expect(await db.dossierFile.count({ where: { id: file.id } })).toBe(1);
  });

  it("the citizen's link is issued only with the right second factor, and its download is audited", async () => {
    const row = await db.dossier.findUniqueOrThrow({
      where: { id: dossier.id },
      select: { trackingKey: true, applicantPhone: true },
    });
    expect(await citizenResultDownload({ code: dossier.code, factor: "" })).toBeNull();
    expect(await citizenResultDownload({ code: dossier.code, factor: "0000" })).toBeNull();
    expect(await citizenResultDownload({ code: dossier.code, factor: "ZZZZ-ZZZZ" })).toBeNull();
    const download = await citizenResultDownload({ code: dossier.code, factor: row.trackingKey });
    expect(download).toMatchObject({ number: "126/GCNKH-UBND", kind: "Giấy chứng nhận kết hôn" });
    expect(await citizenResultDownload({ code: dossier.code, factor: row.applicantPhone.slice(-4) })).not.toBeNull();

    const url = new URL(download!.link, "https://motcua.example.vn");
    const fileId = decodeURIComponent(url.pathname.split("/").at(-1)!);
    session.user = null; // the applicant has no staff session
    const body = await bodyOf(await openDossierFile(fileId, url.searchParams.get("t")!));
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const audit = await db.auditEntry.findFirst({
      where: { action: "personal_data.download_file", entityId: dossier.code, actorId: null },
      orderBy: { at: "desc" },
    });
    expect(audit?.detail).toMatchObject({ fileId, by: "applicant" });
    // A tampered token opens nothing.
    expect(await openDossierFile(fileId, `${url.searchParams.get("t")!}x`)).toBeNull();
  });

  it("staff links open only for staff in scope: another unit's officer gets neither a panel nor the file", async () => {
    const panel = await loadResultPanel(as.officer, dossier.id);
    expect(panel?.electronicResult).toBe(true);
    const current = panel!.results.find((result) => result.current)!;
    const url = new URL(current.link, "https://motcua.example.vn");
    const token = url.searchParams.get("t")!;

    session.user = as.otherOfficer;
    expect(await openDossierFile(current.fileId, token)).toBeNull();
    session.user = as.otherReceptionist;
    expect(await openDossierFile(current.fileId, token)).toBeNull();
    session.user = null;
    expect(await openDossierFile(current.fileId, token)).toEqual({ refused: "unauthenticated" });
    session.user = as.receptionist;
    expect((await bodyOf(await openDossierFile(current.fileId, token))).subarray(0, 5).toString("latin1")).toBe(
      "%PDF-",
    );

    expect(await loadResultPanel(as.otherOfficer, dossier.id)).toBeNull();
    expect(await loadDigitisationPanel(as.otherReceptionist, dossier.id)).toBeNull();
    await expect(
      attachResultFile(as.otherOfficer, { dossierId: dossier.id, metadata: parsedMetadata, upload: await upload("x") }),
    ).rejects.toThrow(/Không tìm thấy hồ sơ/);
    await expect(
      scanComponent(as.otherReceptionist, { dossierId: dossier.id, position: 1, upload: await upload("x") }),
    ).rejects.toThrow(/Không tìm thấy hồ sơ/);
  });

  it("scanning components sets each one's flag; the dossier is digitised once every required one has a file", async () => {
    const fresh = await registerDossier(as.receptionist, intakeFor(world));
    expect((await flags(fresh.id)).digitised).toBe(false);
    // Only the desk digitises.
    await expect(
      scanComponent(as.officer, { dossierId: fresh.id, position: 1, upload: await upload("to-khai") }),
    ).rejects.toThrow(/Chỉ Bộ phận Một cửa/);
    await expect(
      scanComponent(as.receptionist, { dossierId: fresh.id, position: 9, upload: await upload("to-khai") }),
    ).rejects.toThrow(/không có thành phần này/);

    const first = await scanComponent(as.receptionist, {
      dossierId: fresh.id,
      position: 1,
      upload: await upload("to-khai"),
    });
    expect(first).toMatchObject({ digitised: false, dataReused: false });
    const component = await db.dossierDocument.findUniqueOrThrow({
      where: { dossierId_position: { dossierId: fresh.id, position: 1 } },
    });
    expect(component).toMatchObject({ digitised: true, reuse: "NONE" });

    const second = await scanComponent(as.receptionist, {
      dossierId: fresh.id,
      position: 2,
      upload: await upload("xac-nhan"),
    });
    expect(second.digitised).toBe(true);
    expect(await flags(fresh.id)).toMatchObject({ digitised: true, dataReused: false });

    // A rescan replaces the file and keeps the first one, superseded.
    const rescan = await scanComponent(as.receptionist, {
      dossierId: fresh.id,
      position: 2,
      upload: await upload("xac-nhan-2"),
    });
    expect(rescan.replacedFileId).toBe(second.fileId);
    const files = await db.dossierFile.findMany({
      where: { dossierId: fresh.id, documentPosition: 2 },
      orderBy: { uploadedAt: "asc" },
    });
    expect(files.map((file) => [file.id, file.supersededById])).toEqual([
      [second.fileId, rescan.fileId],
      [rescan.fileId, null],
    ]);
    expect((await flags(fresh.id)).digitised).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "digitisation.scan_component", entityId: fresh.code } })).toBe(
      3,
    );
  });

  it("reuses a component from the same applicant's earlier dossier, and refuses another person's file", async () => {
    // The earlier dossier of applicant 001190012345 (intakeFor) has a scanned component 1.
    const earlier = await registerDossier(as.receptionist, intakeFor(world));
    const earlierScan = await scanComponent(as.receptionist, {
      dossierId: earlier.id,
      position: 1,
      upload: await upload("cu"),
    });
    // Another person's dossier with a file of its own.
    const stranger = await registerDossier(
      as.receptionist,
      intakeFor(world, { applicantIdNumber: "001190099999", applicantName: "Lê Văn Khách" }),
    );
    const strangerScan = await scanComponent(as.receptionist, {
      dossierId: stranger.id,
      position: 1,
      upload: await upload("khac"),
    });

    const current = await registerDossier(as.receptionist, intakeFor(world));
    const panel = await loadDigitisationPanel(as.receptionist, current.id);
    const candidateIds = panel!.candidates.map((candidate) => candidate.id);
    expect(candidateIds).toContain(earlierScan.fileId);
    expect(candidateIds).not.toContain(strangerScan.fileId);

    await expect(
      reuseComponent(as.receptionist, { dossierId: current.id, position: 1, sourceFileId: strangerScan.fileId }),
    ).rejects.toThrow(/chính người nộp hồ sơ này/);
    expect(await db.dossierFile.count({ where: { dossierId: current.id } })).toBe(0);
    expect((await flags(current.id)).dataReused).toBe(false);

    const reused = await reuseComponent(as.receptionist, {
      dossierId: current.id,
      position: 1,
      sourceFileId: earlierScan.fileId,
    });
    expect(reused.dataReused).toBe(true);
    const copy = await db.dossierFile.findUniqueOrThrow({ where: { id: reused.fileId } });
    expect(copy).toMatchObject({
      source: "REUSE",
      reusedFromId: earlierScan.fileId,
      dossierId: current.id,
      documentPosition: 1,
    });
    expect(Buffer.from(await readFileBytes(copy)).toString("latin1")).toContain("(cu)");
    const component = await db.dossierDocument.findUniqueOrThrow({
      where: { dossierId_position: { dossierId: current.id, position: 1 } },
    });
    expect(component).toMatchObject({ digitised: true, reuse: "REUSED" });
    expect(await flags(current.id)).toMatchObject({ dataReused: true, digitised: false });

    // A later scan of the same component replaces the reused copy: the component is no longer counted as reused.
    await scanComponent(as.receptionist, { dossierId: current.id, position: 1, upload: await upload("moi") });
    expect((await flags(current.id)).dataReused).toBe(false);
    // Another unit's desk cannot reuse this applicant's file into its own dossier view either.
    await expect(
      reuseComponent(as.otherReceptionist, { dossierId: current.id, position: 1, sourceFileId: earlierScan.fileId }),
    ).rejects.toThrow(/Không tìm thấy hồ sơ/);
  });

  it("the page's actions: files only in the named field, checked by content; hostile text refused, nothing written", async () => {
    const target = await finishedDossier();
    const form = (entries: Record<string, string | Blob>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(entries)) data.append(key, value);
      return data;
    };
    const fields = { dossierId: target.id, ...metadata };
    const pdf = (name: string) => new File([Buffer.from(pdfBytes(name))], `${name}.pdf`, { type: "application/pdf" });
    session.user = as.officer;

    // No file, a file that only claims to be a PDF, a file in another field, a control character: all refused.
    expect(await attachResultAction(undefined, form(fields))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Xin vui lòng chọn tệp kết quả đã ký số (PDF)."] },
    });
    const fake = new File(["<html>not a pdf</html>"], "ket-qua.pdf", { type: "application/pdf" });
    const faked = await attachResultAction(undefined, form({ ...fields, file: fake }));
    expect(faked.ok).toBe(false);
    expect(faked.fieldErrors?.file?.[0]).toBeTruthy();
    expect((await attachResultAction(undefined, form({ ...fields, other: pdf("x") }))).ok).toBe(false);
    expect(
      (await attachResultAction(undefined, form({ ...fields, signerName: "Nguyễn\u0000Hùng", file: pdf("x") }))).ok,
    ).toBe(false);
    expect((await flags(target.id)).electronicResult).toBe(false);

    // The officer of another unit: refused with the not-found answer.
    session.user = as.otherOfficer;
    expect(await attachResultAction(undefined, form({ ...fields, file: pdf("x") }))).toMatchObject({ ok: false });
    expect((await flags(target.id)).electronicResult).toBe(false);

    session.user = as.officer;
    const attached = await attachResultAction(undefined, form({ ...fields, file: pdf("ky-so") }));
    expect(attached).toMatchObject({ ok: true, data: { code: target.code } });
    expect(revalidatePath).toHaveBeenCalledWith(`/ho-so/${target.code}`);
    expect((await flags(target.id)).electronicResult).toBe(true);

    const generated = await generateResultAction(undefined, form({ ...fields, content: "Nội dung." }));
    expect(generated.ok).toBe(true);
    expect(await db.dossierFile.count({ where: { dossierId: target.id, purpose: "RESULT", supersededAt: null } })).toBe(
      1,
    );

    session.user = as.receptionist;
    const scanned = await scanComponentAction(
      undefined,
      form({ dossierId: target.id, position: "1", file: pdf("quet") }),
    );
    expect(scanned).toMatchObject({ ok: true, data: { position: 1 } });
    const reused = await reuseComponentAction(
      undefined,
      form({ dossierId: target.id, position: "2", sourceFileId: "not-a-file-of-this-person" }),
    );
    expect(reused).toMatchObject({ ok: false });
    expect(reused.message).toMatch(/chính người nộp hồ sơ này/);
  });
});
