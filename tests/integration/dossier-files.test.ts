import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../src/server/auth/session-user";
import { useTestDb } from "../support/db";
import { createReceivedDossier, createTestWorld, sessionsOf, type Sessions, type TestWorld } from "../support/fixtures";
import { fileOf, largePdf, sampleJpeg, samplePdf, samplePng } from "../support/sample-files";

// Issue 9, items 2 and 7: what may be uploaded (type by content, size, count, names), how a file is stored (bytes
// written once and hashed, a row per file, history on replacement, never deleted once received), and who may open
// it through its signed link: staff in scope with a session, the applicant with a link issued after the factor,
// nobody else. Only the session (which needs a request) is stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/auth/guard", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/server/auth/guard")>()),
  checkUser: async (roles?: readonly string[]) => {
    if (!session.user) return { reason: "unauthenticated" };
    if (roles && !roles.includes(session.user.role)) return { reason: "forbidden" };
    return session.user;
  },
  readableUnitIds: async (user: SessionUser) => [user.unitId],
}));

const files = await import("../../src/server/files");
const route = await import("../../src/app/api/tep/[id]/route");

const open = (link: string, extra = "") =>
  route.GET(new Request(`http://localhost${link}${extra}`), {
    params: Promise.resolve({ id: decodeURIComponent(link.split("/")[3]!.split("?")[0]!) }),
  });

describe("dossier files", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });
  afterEach(() => {
    session.user = null;
  });

  describe("inspecting an upload", () => {
    it("accepts PDF, PNG and JPEG by their content and hashes them", async () => {
      for (const [bytes, name, type] of [
        [samplePdf(), "to-khai.pdf", "application/pdf"],
        [await samplePng(), "anh.png", "image/png"],
        [sampleJpeg(), "anh chup.jpg", "image/jpeg"],
      ] as const) {
        const result = await files.inspectUpload(fileOf(bytes, name));
        expect(result.ok, name).toBe(true);
        if (result.ok) {
          expect(result.upload.mediaType).toBe(type);
          expect(result.upload.sha256).toMatch(/^[0-9a-f]{64}$/);
          expect(result.upload.sizeBytes).toBe(bytes.byteLength);
        }
      }
    });

    it("refuses a program renamed .pdf, a text file, an empty file, an oversized one, a PDF cut short", async () => {
      const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, ...new Array(200).fill(0)]);
      const cases: [File, string][] = [
        [fileOf(exe, "giay-to.pdf", "application/pdf"), "type"],
        [fileOf(new TextEncoder().encode("<script>alert(1)</script>"), "a.png", "image/png"), "type"],
        [fileOf(new Uint8Array(), "trong.pdf"), "empty"],
        [fileOf(largePdf(files.UPLOAD_LIMITS.maxBytes + 10), "lon.pdf"), "size"],
        [fileOf(samplePdf().subarray(0, 200), "dang-do.pdf"), "interrupted"],
      ];
      for (const [file, code] of cases) {
        const result = await files.inspectUpload(file);
        expect(result.ok ? "accepted" : result.problem.code, file.name).toBe(code);
        if (!result.ok) expect(result.problem.message).toMatch(/Xin ông\/bà/);
      }
    });

    it("cleans path tricks out of names and counts files", async () => {
      const result = await files.inspectUpload(fileOf(samplePdf(), "../../etc/passwd.pdf"));
      expect(result.ok && result.upload.fileName).toBe("passwd.pdf");
      const many = await files.inspectUploads(Array.from({ length: 11 }, () => fileOf(samplePdf(), "a.pdf")));
      expect(many.ok ? "accepted" : many.problems.map((problem) => problem.code)).toEqual(["count"]);
    });
  });

  describe("storing", () => {
    it("writes the bytes once and the row with their hash; replacing keeps the old row", async () => {
      const dossier = await createReceivedDossier(db, world, "F-0001", "KEYF0001");
      const first = await files.inspectUpload(fileOf(samplePdf("first"), "don.pdf"));
      const second = await files.inspectUpload(fileOf(samplePdf("second"), "don-sua.pdf"));
      if (!first.ok || !second.ok) throw new Error("fixtures refused");
      const saved = await files.saveDossierFile(db, {
        dossierId: dossier.id,
        purpose: "COMPONENT",
        documentPosition: 1,
        source: "SCAN",
        upload: first.upload,
        uploadedById: world.users.receptionist.id,
      });
      expect(saved.storageKey).toMatch(new RegExp(`^dossiers/${dossier.id}/[0-9a-f-]{36}\\.pdf$`));
      expect(Buffer.from(await files.readFileBytes(saved)).toString("latin1")).toContain("(first)");

      const replacement = await files.replaceDossierFile(db, saved.id, {
        purpose: "COMPONENT",
        documentPosition: 1,
        source: "SCAN",
        upload: second.upload,
        uploadedById: world.users.receptionist.id,
      });
      const old = await db.dossierFile.findUniqueOrThrow({ where: { id: saved.id } });
      expect(old.supersededById).toBe(replacement.id);
      expect(old.supersededAt).not.toBeNull();
      await expect(
        files.replaceDossierFile(db, saved.id, { purpose: "COMPONENT", source: "SCAN", upload: second.upload }),
      ).rejects.toThrow(/already replaced/);
      expect(await db.dossierFile.count({ where: { dossierId: dossier.id } })).toBe(2);
    });

    it("reuse points the new dossier at the original's stored bytes and remembers the original", async () => {
      const earlier = await createReceivedDossier(db, world, "F-0002", "KEYF0002");
      const later = await createReceivedDossier(db, world, "F-0003", "KEYF0003");
      const upload = await files.generatedUpload(samplePdf("cccd"), "cccd.pdf");
      const original = await files.saveDossierFile(db, {
        dossierId: earlier.id,
        purpose: "COMPONENT",
        documentPosition: 1,
        source: "UPLOAD",
        upload,
      });
      const reused = await files.reuseDossierFile(db, original, {
        dossierId: later.id,
        purpose: "COMPONENT",
        documentPosition: 1,
      });
      expect(reused).toMatchObject({ source: "REUSE", reusedFromId: original.id, sha256: original.sha256 });
      expect(reused).toMatchObject({
        dossierId: later.id,
        storageKey: original.storageKey,
        sizeBytes: original.sizeBytes,
      });
      expect(Buffer.from(await files.readFileBytes(reused)).toString("latin1")).toContain("(cccd)");
    });

    it("a received dossier's file cannot be deleted; a registration not yet received can withdraw one", async () => {
      const received = await createReceivedDossier(db, world, "F-0004", "KEYF0004");
      const upload = await files.generatedUpload(samplePdf(), "a.pdf");
      const kept = await files.saveDossierFile(db, {
        dossierId: received.id,
        purpose: "COMPONENT",
        source: "SCAN",
        upload,
      });
      await expect(db.dossierFile.delete({ where: { id: kept.id } })).rejects.toThrow(
        /archived once the dossier is received/,
      );

      const registered = await db.dossier.update({
        where: { id: (await createReceivedDossier(db, world, "F-0005", "KEYF0005")).id },
        data: { receivedAt: null, status: "REGISTERED_ONLINE", channel: "ONLINE" },
      });
      const draft = await files.saveDossierFile(db, {
        dossierId: registered.id,
        purpose: "COMPONENT",
        source: "UPLOAD",
        upload,
      });
      await db.dossierFile.delete({ where: { id: draft.id } });
      expect(await db.dossierFile.count({ where: { id: draft.id } })).toBe(0);
    });
  });

  describe("opening through a signed link", () => {
    let fileId: string;
    let dossierCode: string;

    beforeAll(async () => {
      const dossier = await createReceivedDossier(db, world, "F-0100", "KEYF0100");
      await db.dossier.update({ where: { id: dossier.id }, data: { handlingOfficeId: world.offices.justice.id } });
      dossierCode = dossier.code;
      const upload = await files.generatedUpload(samplePdf("ket qua"), "Giấy khai sinh.pdf");
      fileId = (
        await files.saveDossierFile(db, { dossierId: dossier.id, purpose: "RESULT", source: "GENERATED", upload })
      ).id;
    });

    const audits = () =>
      db.auditEntry.count({ where: { action: "personal_data.download_file", entityId: dossierCode } });

    it("serves staff in scope, with the file's type, a safe name and no caching, and audits the read", async () => {
      const before = await audits();
      session.user = as.receptionist;
      const response = await open(await files.fileLink(fileId, "staff"));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toContain("no-store");
      expect(response.headers.get("content-disposition")).toBe(
        `inline; filename="Giay khai sinh.pdf"; filename*=UTF-8''${encodeURIComponent("Giấy khai sinh.pdf")}`,
      );
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
      expect(await audits()).toBe(before + 1);

      const download = await open(await files.fileLink(fileId, "staff"), "&tai=1");
      expect(download.headers.get("content-disposition")).toMatch(/^attachment;/);
    });

    it("refuses a staff link to another unit's staff, to the wrong office, and without a session", async () => {
      const before = await audits();
      const link = await files.fileLink(fileId, "staff");
      session.user = as.otherReceptionist;
      expect((await open(link)).status).toBe(404);
      session.user = as.landOfficer;
      expect((await open(link)).status).toBe(404);
      session.user = null;
      expect((await open(link)).status).toBe(401);
      expect(await audits()).toBe(before);
    });

    it("serves the applicant's link without a session (it was issued after the factor), audited without an actor", async () => {
      const response = await open(await files.fileLink(fileId, "citizen"));
      expect(response.status).toBe(200);
      const row = await db.auditEntry.findFirstOrThrow({
        where: { action: "personal_data.download_file", entityId: dossierCode },
        orderBy: { id: "desc" },
      });
      expect(row.actorId).toBeNull();
      expect(row.detail).toMatchObject({ by: "applicant", fileId });
    });

    it("refuses a tampered token, a token for another file, and tells an expired link apart", async () => {
      const link = await files.fileLink(fileId, "citizen");
      // Tamper inside the signature, not its last base64url character: that one also carries padding bits, and a
      // change there may decode to the same bytes.
      const at = link.length - 6;
      const tampered = `${link.slice(0, at)}${link[at] === "A" ? "B" : "A"}${link.slice(at + 1)}`;
      expect((await open(tampered)).status).toBe(404);
      const other = await files.fileLink("another-file-id", "citizen");
      expect((await open(`/api/tep/${fileId}?${other.split("?")[1]}`)).status).toBe(404);
      const expired = await files.fileLink(fileId, "citizen", 60, new Date(Date.now() - 3_600_000));
      const answer = await open(expired);
      expect(answer.status).toBe(422);
      expect(await answer.text()).toMatch(/hết hạn/);
      expect((await open(`/api/tep/${fileId}`)).status).toBe(400);
    });
  });
});
