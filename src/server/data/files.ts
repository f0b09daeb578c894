import "server-only";
// Opening a dossier file through its signed link (GET /api/tep/<id>). The token says whom the link was issued to;
// staff links additionally need a signed-in staff member whose read scope covers the dossier (the same rule as the
// dossier page), so a link copied out of the building opens nothing. Every successful open is audited as a read of
// personal data; a refused one writes nothing and answers "not found", so nobody learns that a file exists.
import type { Readable } from "node:stream";
import { ROLES } from "@/domain/access";
import type { DossierFile } from "@/generated/prisma/client";
import { checkUser, isDenied, readableUnitIds } from "@/server/auth/guard";
import { recordApplicantDataRead, recordPersonalDataRead } from "@/server/data/audit";
import { mayView } from "@/server/data/dossier-page";
import { loadDossierForCommand } from "@/server/data/dossier-for-command";
import { db } from "@/server/db";
import { checkFileToken } from "@/server/files";
import { fileStore } from "@/server/storage";
import { UserFacingError } from "@/server/user-facing-error";

export type OpenedFile = { file: DossierFile; body: Readable };

export type FileOpening = OpenedFile | { refused: "unauthenticated" } | null;

export const EXPIRED_LINK_MESSAGE =
  "Đường dẫn tải tệp đã hết hạn (đường dẫn chỉ dùng được trong ít phút). Xin ông/bà vui lòng mở lại trang hồ sơ để lấy đường dẫn mới.";

export async function openDossierFile(fileId: string, token: string, now: Date = new Date()): Promise<FileOpening> {
  const check = await checkFileToken(fileId, token, now);
  if (!check.ok) {
    if (check.reason === "expired") throw new UserFacingError(EXPIRED_LINK_MESSAGE);
    return null;
  }
  const file = await db.dossierFile.findUnique({ where: { id: fileId }, include: { dossier: { select: { code: true } } } });
  if (!file) return null;

  if (check.audience === "staff") {
    const user = await checkUser(ROLES);
    if (isDenied(user)) return user.reason === "unauthenticated" ? { refused: "unauthenticated" } : null;
    const dossier = await loadDossierForCommand(db, file.dossierId);
    if (!dossier || !mayView(dossier, user, await readableUnitIds(user))) return null;
    const stored = await fileStore().get(file.storageKey);
    if (!stored) return null;
    await recordPersonalDataRead(user, "personal_data.download_file", { entity: "Dossier", entityId: file.dossier.code }, { fileId: file.id, purpose: file.purpose });
    return { file, body: stored.body };
  }

  const stored = await fileStore().get(file.storageKey);
  if (!stored) return null;
  await recordApplicantDataRead("personal_data.download_file", { entity: "Dossier", entityId: file.dossier.code }, { fileId: file.id, purpose: file.purpose });
  return { file, body: stored.body };
}
