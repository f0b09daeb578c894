// Vietnamese name parts and wording for generated people. Pure data.

/** Họ, roughly by frequency (Nguyễn ≈ 38%). */
export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Hoàng", 5],
  ["Phan", 4.5],
  ["Vũ", 3.9],
  ["Đặng", 2.1],
  ["Bùi", 2],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Kiều", 0.6],
  ["Khuất", 0.5],
  ["Phùng", 0.6],
  ["Đinh", 0.6],
  ["Tạ", 0.4],
  ["Chu", 0.3],
];

export const MALE_MIDDLE_NAMES: readonly string[] = [
  "Văn",
  "Đức",
  "Minh",
  "Quang",
  "Hữu",
  "Công",
  "Thanh",
  "Xuân",
  "Mạnh",
  "Tiến",
  "Anh",
];
export const FEMALE_MIDDLE_NAMES: readonly string[] = [
  "Thị",
  "Thị",
  "Thu",
  "Thanh",
  "Ngọc",
  "Minh",
  "Phương",
  "Kim",
  "Hồng",
  "Bích",
];

export const MALE_GIVEN_NAMES: readonly string[] = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Duy",
  "Đạt",
  "Giang",
  "Hải",
  "Hiếu",
  "Hoàng",
  "Hùng",
  "Huy",
  "Khánh",
  "Kiên",
  "Lâm",
  "Long",
  "Mạnh",
  "Minh",
  "Nam",
  "Nghĩa",
  "Phong",
  "Phúc",
  "Quân",
  "Quang",
  "Sơn",
  "Tài",
  "Thắng",
  "Thành",
  "Tiến",
  "Toàn",
  "Trung",
  "Tuấn",
  "Tùng",
  "Việt",
  "Vinh",
];

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  "Anh",
  "Chi",
  "Dung",
  "Duyên",
  "Giang",
  "Hà",
  "Hằng",
  "Hạnh",
  "Hiền",
  "Hoa",
  "Huyền",
  "Hương",
  "Lan",
  "Liên",
  "Linh",
  "Loan",
  "Mai",
  "My",
  "Nga",
  "Ngọc",
  "Nhung",
  "Oanh",
  "Phương",
  "Quỳnh",
  "Thảo",
  "Thủy",
  "Trang",
  "Tuyết",
  "Vân",
  "Yến",
];

/** Business name parts for organisation applicants (hộ kinh doanh, doanh nghiệp). */
export const COMPANY_KINDS: readonly string[] = ["Công ty TNHH", "Công ty cổ phần", "Hợp tác xã", "Công ty TNHH MTV"];
export const COMPANY_NAMES: readonly string[] = [
  "Xây dựng Sơn Tây",
  "Thương mại Đường Lâm",
  "Dịch vụ Xứ Đoài",
  "Thực phẩm Ba Vì",
  "Vận tải Tùng Thiện",
  "Du lịch Làng cổ",
  "Đầu tư Phố Hiến",
  "Nông sản Cổ Đông",
  "Kỹ thuật Thành Cổ",
  "Ẩm thực Mía Đường Lâm",
];

/** Free e-mail domains for online applicants. */
export const EMAIL_DOMAINS: readonly string[] = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com"];

/** Mobile prefixes after the leading 0 (Viettel 03x, Vinaphone 08x, Mobifone 07x/09x, Vietnamobile 05x). */
export const MOBILE_PREFIXES: readonly string[] = ["3", "5", "7", "8", "9"];

/** Reasons written on a supplement request (yêu cầu bổ sung). */
export const SUPPLEMENT_REASONS: readonly string[] = [
  "Thiếu bản sao giấy tờ chứng minh quyền sử dụng đất",
  "Bản vẽ thiết kế chưa thể hiện đủ mặt bằng, mặt cắt",
  "Tờ khai chưa ghi đầy đủ thông tin theo mẫu",
  "Thiếu chữ ký của đồng sở hữu",
  "Giấy tờ nhân thân hết hạn, đề nghị bổ sung bản còn giá trị",
  "Thông tin trên đơn không khớp với hồ sơ địa chính",
];

/** Reasons for forwarding a dossier to another office (chuyển liên thông). */
export const FORWARD_REASONS: readonly string[] = [
  "Chuyển xác định nghĩa vụ tài chính",
  "Lấy ý kiến phối hợp",
  "Chuyển thẩm định chuyên ngành",
];

/** Reasons for a refusal of the request (kết quả từ chối). */
export const DENIAL_REASONS: readonly string[] = [
  "Không đủ điều kiện theo quy định",
  "Thửa đất thuộc quy hoạch, không đủ điều kiện giải quyết",
  "Thông tin hộ tịch không khớp với cơ sở dữ liệu",
];
