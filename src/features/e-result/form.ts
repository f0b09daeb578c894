// The inputs of the electronic-result forms: the domain's metadata schema plus the dossier. The file travels apart
// (defineFileAction) and is checked by content on the server.
import { generatedResultSchema, resultMetadataSchema } from "@/domain/digitisation";
import { idText } from "@/lib/text-input";

const dossierId = idText("Hồ sơ không hợp lệ; xin vui lòng tải lại trang.");

export const attachResultInput = resultMetadataSchema.extend({ dossierId });
export const generateResultInput = generatedResultSchema.extend({ dossierId });

/** The file field of the attach form. */
export const RESULT_FILE_FIELD = "file";

export const NO_RESULT_FILE = "Xin vui lòng chọn tệp kết quả đã ký số (PDF).";
