import { UserFacingError } from "@/server/user-facing-error";

/** Optimistic concurrency: someone else changed the dossier after this user loaded it. */
export class DossierConflictError extends UserFacingError {
  constructor() {
    super("Hồ sơ đã được cập nhật bởi người khác, vui lòng tải lại.");
    this.name = "DossierConflictError";
  }
}

/** The dossier does not exist or this user may not see it (the same answer, so nothing leaks). */
export class DossierNotFoundError extends UserFacingError {
  constructor() {
    super("Không tìm thấy hồ sơ, hoặc bạn không có quyền xem hồ sơ này.");
    this.name = "DossierNotFoundError";
  }
}
