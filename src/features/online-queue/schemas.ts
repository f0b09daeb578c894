// Inputs of the online intake forms (validated on the server by defineAction; also read by the forms' field names).
import { z } from "zod";
import { reasonSchema } from "@/domain/dossier/command-schema";
import { CHECK_NOTE_MAX } from "@/domain/online-intake";
import { formInt, idText, optionalText } from "@/lib/text-input";

const dossierId = idText("Thiếu mã hồ sơ; xin vui lòng tải lại trang.");
const expectedVersion = formInt("Phiên bản hồ sơ không hợp lệ; xin vui lòng tải lại trang.", { min: 1 });

export const componentCheckInput = z.object({
  dossierId,
  position: formInt("Thành phần hồ sơ không hợp lệ; xin vui lòng tải lại trang.", { min: 1, max: 999 }),
  check: z.enum(["VALID", "INVALID"], { error: "Xin vui lòng chọn hợp lệ hoặc chưa hợp lệ." }),
  note: optionalText(CHECK_NOTE_MAX, `Ghi chú không được dài quá ${CHECK_NOTE_MAX} ký tự.`, { multiline: true }),
});

export const receiveInput = z.object({ dossierId, expectedVersion });

export const supplementInput = z.object({
  dossierId,
  expectedVersion,
  guidance: optionalText(800, "Hướng dẫn không được dài quá 800 ký tự.", { multiline: true }),
});

export const refuseInput = z.object({ dossierId, expectedVersion, reason: reasonSchema });
