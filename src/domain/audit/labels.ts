// The audit codes' names as people read them, every locale side by side (a vocabulary, like the dossier's labels in
// src/domain/dossier/labels.ts): typed by AuditAction, so a new code does not compile without its names.
import type { AuditAction } from "./index";

export const AUDIT_ACTION_LABELS: Record<AuditAction, { vi: string; en: string }> = {
  "auth.accept_login": { vi: "Đăng nhập thành công", en: "Signed in" },
  "auth.reject_login": { vi: "Đăng nhập sai", en: "Wrong sign-in" },
  "auth.throttle_login": { vi: "Đăng nhập bị tạm chặn", en: "Sign-in throttled" },
  "auth.change_password": { vi: "Đổi mật khẩu", en: "Changed password" },
  "auth.reject_password_change": { vi: "Đổi mật khẩu bị từ chối", en: "Password change refused" },
  "auth.end_sessions": { vi: "Kết thúc các phiên đăng nhập", en: "Ended sessions" },
  "user.create": { vi: "Tạo tài khoản người dùng", en: "Created a user account" },
  "user.update": {
    vi: "Sửa tài khoản (vai trò, đơn vị, thông tin)",
    en: "Changed a user account (role, scope, details)",
  },
  "user.deactivate": { vi: "Khóa tài khoản người dùng", en: "Deactivated a user account" },
  "user.reactivate": { vi: "Mở lại tài khoản người dùng", en: "Reactivated a user account" },
  "user.reset_password": { vi: "Đặt lại mật khẩu người dùng", en: "Reset a user's password" },
  "calendar.add_day": { vi: "Thêm ngày vào lịch làm việc", en: "Added a calendar day" },
  "calendar.remove_day": { vi: "Xóa ngày khỏi lịch làm việc", en: "Removed a calendar day" },
  "calendar.update_hours": { vi: "Sửa giờ làm việc", en: "Changed working hours" },
  "calendar.import_days": { vi: "Nhập lịch làm việc", en: "Imported calendar days" },
  "organisation.create_unit": { vi: "Tạo đơn vị hành chính", en: "Created an administrative unit" },
  "organisation.update_unit": { vi: "Sửa thông tin đơn vị hành chính", en: "Edited an administrative unit" },
  "organisation.set_unit_dates": { vi: "Đặt ngày hiệu lực của đơn vị", en: "Set a unit's effective dates" },
  "organisation.merge_units": { vi: "Sáp nhập / chia tách đơn vị", en: "Merged or split units" },
  "organisation.create_office": { vi: "Tạo phòng, bộ phận", en: "Created an office" },
  "organisation.update_office": { vi: "Sửa phòng, bộ phận", en: "Edited an office" },
  "organisation.set_office_active": { vi: "Ngừng / mở lại phòng, bộ phận", en: "Deactivated or reopened an office" },
  "organisation.create_counter": { vi: "Tạo quầy tiếp nhận", en: "Created a desk counter" },
  "organisation.update_counter": { vi: "Sửa quầy tiếp nhận", en: "Edited a desk counter" },
  "organisation.set_counter_active": { vi: "Ngừng / mở lại quầy tiếp nhận", en: "Deactivated or reopened a counter" },
  "intake_notice.issue_supplement_request": {
    vi: "Lập phiếu yêu cầu bổ sung (mẫu 02)",
    en: "Issued a supplement request (form 02)",
  },
  "citizen.verify_contact": { vi: "Công dân xác thực số điện thoại/thư điện tử", en: "A citizen verified a contact" },
  "online_intake.submit": { vi: "Công dân nộp hồ sơ trực tuyến", en: "A citizen submitted a dossier online" },
  "online_intake.check_component": {
    vi: "Kiểm tra thành phần hồ sơ trực tuyến",
    en: "Checked a component of an online dossier",
  },
  "online_intake.answer_supplement": {
    vi: "Công dân bổ sung hồ sơ trực tuyến",
    en: "A citizen uploaded a supplement online",
  },
  "personal_data.view_my_dossiers": {
    vi: "Công dân xem danh sách hồ sơ của mình",
    en: "A citizen viewed their own dossiers",
  },
  "intake_notice.issue_refusal": { vi: "Lập phiếu từ chối tiếp nhận (mẫu 03)", en: "Issued a refusal (form 03)" },
  "notification.retry": { vi: "Thử gửi lại thông báo", en: "Retried a notification" },
  "catalogue.create_procedure": { vi: "Thêm thủ tục hành chính", en: "Added a procedure" },
  "catalogue.publish_version": { vi: "Công bố phiên bản mới của thủ tục", en: "Published a new procedure version" },
  "catalogue.update_procedure": { vi: "Sửa tên, lĩnh vực của thủ tục", en: "Changed a procedure's name or field" },
  "catalogue.deactivate_procedure": { vi: "Ngừng áp dụng thủ tục", en: "Withdrew a procedure" },
  "catalogue.reactivate_procedure": { vi: "Áp dụng lại thủ tục", en: "Reinstated a procedure" },
  "catalogue.import": { vi: "Nhập danh mục thủ tục từ tệp", en: "Imported the procedure catalogue" },
  "postal.add_waybills": { vi: "Nhập dải số vận đơn bưu chính", en: "Added postal waybills" },
  "postal.revoke_waybill": { vi: "Thu hồi số vận đơn bưu chính", en: "Revoked a postal waybill" },
  "postal.set_customer_code": { vi: "Cập nhật mã khách hàng bưu chính", en: "Set the postal customer code" },
  "postal.hand_over": { vi: "Giao bưu gửi kết quả cho bưu điện", en: "Handed a result parcel to the post" },
  "postal.request_again": { vi: "Gửi lại yêu cầu chuyển phát", en: "Sent a delivery order again" },
  "payment.record_desk_payment": { vi: "Ghi nhận thu phí, lệ phí tại quầy", en: "Recorded a desk payment" },
  "payment.refund": { vi: "Hoàn trả phí, lệ phí", en: "Refunded a payment" },
  "result.attach_file": { vi: "Đính kèm kết quả điện tử đã ký", en: "Attached a signed electronic result" },
  "result.generate_file": { vi: "Tạo kết quả điện tử (PDF)", en: "Generated an electronic result (PDF)" },
  "digitisation.scan_component": { vi: "Số hoá thành phần hồ sơ (quét)", en: "Digitised a component (scan)" },
  "digitisation.reuse_component": {
    vi: "Tái sử dụng thành phần hồ sơ từ hồ sơ trước",
    en: "Reused a component from an earlier dossier",
  },
  "personal_data.view_dossier": { vi: "Xem hồ sơ", en: "Viewed a dossier" },
  "personal_data.print_form": { vi: "In phiếu của hồ sơ", en: "Printed a dossier form" },
  "personal_data.download_form": { vi: "Tải PDF phiếu của hồ sơ", en: "Downloaded a dossier form (PDF)" },
  "personal_data.print_intake_notice": { vi: "In phiếu 02/03 của Bộ phận Một cửa", en: "Printed a desk notice 02/03" },
  "personal_data.download_intake_notice": {
    vi: "Tải PDF phiếu 02/03 của Bộ phận Một cửa",
    en: "Downloaded a desk notice 02/03 (PDF)",
  },
  "personal_data.print_tracking_book": { vi: "In sổ theo dõi hồ sơ", en: "Printed the tracking book" },
  "personal_data.download_tracking_book": { vi: "Tải PDF sổ theo dõi hồ sơ", en: "Downloaded the tracking book (PDF)" },
  "personal_data.export_lateness": { vi: "Xuất Excel báo cáo trễ hạn", en: "Exported the late-dossier report (Excel)" },
  "personal_data.view_notifications": {
    vi: "Xem nội dung thông báo (hộp thư phát triển)",
    en: "Viewed notification texts (development mailbox)",
  },
  "personal_data.view_online_queue": {
    vi: "Xem danh sách hồ sơ trực tuyến chờ tiếp nhận",
    en: "Viewed the queue of online dossiers",
  },
  "personal_data.download_file": {
    vi: "Mở hoặc tải tệp của hồ sơ",
    en: "Opened or downloaded a dossier file",
  },
  "personal_data.api_list_dossiers": {
    vi: "Hệ thống kết nối đọc danh sách hồ sơ kèm thông tin cá nhân",
    en: "An API client listed dossiers with personal data",
  },
  "api.call": { vi: "Hệ thống kết nối gọi API", en: "An API client called the API" },
  "api_client.create": { vi: "Tạo khóa kết nối API", en: "Created an API client" },
  "api_client.revoke": { vi: "Thu hồi khóa kết nối API", en: "Revoked an API client" },
};

/** The name of a code in a locale ("vi" unless "en"). */
export const auditActionLabel = (action: AuditAction, locale: string): string =>
  AUDIT_ACTION_LABELS[action][locale === "en" ? "en" : "vi"];
