// The inputs of the desk's digitisation forms. The scanned file travels apart (defineFileAction) and is checked by
// content on the server.
import { z } from "zod";
import { formInt, idText } from "@/lib/text-input";

const dossierId = idText("Hồ sơ không hợp lệ; xin vui lòng tải lại trang.");
const position = formInt("Xin vui lòng chọn thành phần hồ sơ.", { min: 1, max: 999 });

export const scanComponentInput = z.object({ dossierId, position });
export const reuseComponentInput = z.object({
  dossierId,
  position,
  sourceFileId: idText("Xin vui lòng chọn tệp dùng lại."),
});

export const SCAN_FILE_FIELD = "file";
export const NO_SCAN_FILE = "Xin vui lòng chọn tệp quét của thành phần (PDF, JPEG hoặc PNG).";
