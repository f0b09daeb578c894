"use server";
// The citizen answers form 02 (online intake) by upload, from the tracking page. No account: the dossier code and the
// second factor are checked again here, under the tracking page's rate limits, before any file is read into the
// store; the files are checked by content, size and count (src/server/files); then one transaction saves them and
// sends the dossier back to the desk's queue (src/server/dossiers/online-intake.ts).
import { headers } from "next/headers";
import { z } from "zod";
import { safeString } from "@/lib/text-input";
import { defineCitizenAction } from "@/server/citizen/define-citizen-action";
import { verifyApplicantFactor } from "@/server/data/tracking";
import { answerIntakeSupplement } from "@/server/dossiers/online-intake";
import { inspectUploads, UPLOAD_LIMITS, type InspectedUpload } from "@/server/files";
import { UserFacingError } from "@/server/user-facing-error";

const FILE_FIELD = /^files\.(\d{1,3})$/;

const NOT_FOUND =
  "Không tìm thấy hồ sơ với mã và thông tin xác thực đã nhập. Xin ông/bà vui lòng tra cứu lại hồ sơ rồi gửi lại.";

const input = z.object({
  code: safeString("Thiếu mã hồ sơ.").pipe(z.string().min(1, "Thiếu mã hồ sơ.").max(64, "Mã hồ sơ không hợp lệ.")),
  factor: safeString("Thiếu thông tin xác thực.").pipe(
    z.string().min(1, "Thiếu thông tin xác thực.").max(64, "Thông tin xác thực không hợp lệ."),
  ),
});

export const answerIntakeSupplementAction = defineCitizenAction({
  sessionRequired: false,
  input,
  fileFields: (name) => FILE_FIELD.test(name),
  run: async ({ code, factor }, { files }) => {
    const verified = await verifyApplicantFactor({ code, factor }, await headers());
    if (verified.kind === "invalid") throw new UserFacingError(verified.message);
    if (verified.kind === "blocked")
      throw new UserFacingError(
        `Xin lỗi ông/bà, đã nhập sai thông tin tra cứu quá nhiều lần. Xin vui lòng thử lại sau ${verified.minutes} phút.`,
      );
    if (verified.kind !== "found") throw new UserFacingError(NOT_FOUND);

    const positions = [...files.keys()].map((name) => Number(FILE_FIELD.exec(name)![1]));
    const all = [...files.values()];
    const inspected = await inspectUploads(
      all.flat(),
      UPLOAD_LIMITS,
      all.map((list) => list.length),
    );
    if (!inspected.ok) {
      const message = inspected.problems.map((problem) => problem.message).join(" ");
      throw new UserFacingError(message, { files: inspected.problems.map((problem) => problem.message) });
    }
    // inspectUploads keeps the order of the files it was given: split them back by component.
    const uploads = new Map<number, InspectedUpload[]>();
    let next = 0;
    all.forEach((list, index) => {
      uploads.set(positions[index]!, inspected.uploads.slice(next, next + list.length));
      next += list.length;
    });
    const answered = await answerIntakeSupplement({ dossierId: verified.dossierId, uploads });
    return { noticeNumber: answered.noticeNumber, files: answered.files };
  },
});
