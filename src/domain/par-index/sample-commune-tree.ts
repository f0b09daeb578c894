// A SAMPLE criteria tree for communes and wards, to copy and adapt — not any province's decision. Built from
// PAR-INDEX.md's composite table of typical provincial sets (its points are marked illustrative [?]): eight domains
// adding up to 100, the impact domain scored from MotCua's satisfaction index (SIPAS) as a stand-in for the survey,
// the administrative-procedure domain read from MotCua's own figures through ladders, a bonus section and a penalty
// item. Ids are the codes; the service that copies the sample gives the rows their own ids.
import { DEFAULT_GRADE_BANDS } from "./grades";
import { PAR_METRICS, type ParMetricKey } from "./metrics";
import type {
  GradeBand,
  LadderStep,
  ParCriterionKind,
  ParCriterionNode,
  ParLevel,
  ParSection,
  ParValueKind,
} from "./types";

export interface ParSampleSet {
  /** Always true: the set's page shows "Bộ tiêu chí mẫu – cần điều chỉnh". */
  isSample: true;
  year: number;
  level: ParLevel;
  name: string;
  basis: string | null;
  rescaleToHundred: boolean;
  gradeBands: readonly GradeBand[];
  nodes: readonly ParCriterionNode[];
}

interface NodeOptions {
  valueKind?: ParValueKind;
  allowNotApplicable?: boolean;
  guidance?: string;
  scoringNote?: string;
  metric?: ParMetricKey;
  /** "100:5; 98:4" */
  ladder?: string;
  section?: ParSection;
}

const parentCode = (code: string): string | null => {
  const cut = code.lastIndexOf(".");
  return cut < 0 ? null : code.slice(0, cut);
};

const ladderOf = (text: string): LadderStep[] =>
  text.split(";").map((part) => {
    const [min, points] = part.split(":").map((value) => Number(value.trim()));
    return { min: min!, points: points! };
  });

function node(
  code: string,
  title: string,
  maxPoints: number,
  kind: ParCriterionKind,
  options: NodeOptions = {},
): ParCriterionNode {
  const last = code.split(".").at(-1)!;
  return {
    id: code,
    parentId: parentCode(code),
    // Lettered parts (C bonus, T penalty) come after the numbered domains.
    position: Number.isNaN(Number(last)) ? 1000 + last.charCodeAt(0) : Number(last),
    code,
    title,
    maxPoints,
    kind,
    section: options.section ?? (code.startsWith("C") ? "BONUS" : code.startsWith("T") ? "PENALTY" : "MAIN"),
    valueKind: options.valueKind ?? (kind === "MANUAL" ? "YES_NO" : "NONE"),
    allowNotApplicable: options.allowNotApplicable ?? false,
    guidance: options.guidance ?? null,
    scoringNote: options.scoringNote ?? null,
    metric: options.metric ?? null,
    ladder: options.ladder ? ladderOf(options.ladder) : null,
  };
}

/** "100:3; 98:2" → "từ 100%: 3 điểm; từ 98%: 2 điểm; thấp hơn: 0 điểm" (Vietnamese decimal comma). */
const ladderNote = (ladder: string, unit: "percent" | "points") =>
  `${ladderOf(ladder)
    .map((step) => `từ ${step.min}${unit === "percent" ? "%" : " điểm"}: ${step.points} điểm`)
    .join("; ")
    .replaceAll(".", ",")}; thấp hơn: 0 điểm.`;

const group = (code: string, title: string, maxPoints: number) => node(code, title, maxPoints, "GROUP");
const yesNo = (code: string, title: string, maxPoints: number, guidance: string, options: NodeOptions = {}) =>
  node(code, title, maxPoints, "MANUAL", {
    guidance,
    scoringNote: "Có: điểm tối đa; Không: 0 điểm.",
    ...options,
  });
const share = (code: string, title: string, maxPoints: number, guidance: string, ladder: string) =>
  node(code, title, maxPoints, "MANUAL", {
    valueKind: "NUMBER",
    guidance,
    ladder,
    scoringNote: `Kê khai tỷ lệ (%); chấm theo thang: ${ladderNote(ladder, "percent")}`,
  });
const automatic = (
  code: string,
  title: string,
  maxPoints: number,
  metric: ParMetricKey,
  ladder: string,
  options: NodeOptions = {},
) =>
  node(code, title, maxPoints, options.valueKind === "NUMBER" ? "SEMI_AUTOMATIC" : "AUTOMATIC", {
    metric,
    ladder,
    guidance: "Số liệu do MotCua tổng hợp trong kỳ đánh giá; đơn vị kiểm tra và giải trình nếu có sai lệch.",
    scoringNote: `Theo thang: ${ladderNote(ladder, PAR_METRICS[metric].unit)}`,
    ...options,
  });

export const SAMPLE_COMMUNE_TREE_2025: ParSampleSet = {
  isSample: true,
  year: 2025,
  level: "COMMUNE",
  name: "Bộ tiêu chí mẫu xác định Chỉ số cải cách hành chính cấp xã năm 2025",
  basis: null,
  // The sample carries a survey part (8.1), so nothing is rescaled; a set without it is rescaled to 100.
  rescaleToHundred: true,
  gradeBands: DEFAULT_GRADE_BANDS,
  nodes: [
    group("1", "Công tác chỉ đạo, điều hành cải cách hành chính", 12),
    yesNo(
      "1.1",
      "Ban hành kế hoạch cải cách hành chính năm đúng thời hạn",
      2,
      "Kế hoạch CCHC năm của UBND cấp xã ban hành trước ngày 31/12 năm trước; tài liệu kiểm chứng: số, ngày văn bản.",
    ),
    yesNo(
      "1.2",
      "Thực hiện chế độ báo cáo cải cách hành chính định kỳ đúng thời hạn",
      2,
      "Đủ các báo cáo quý, 6 tháng, năm gửi đúng hạn; tài liệu kiểm chứng: số, ngày các báo cáo.",
    ),
    share(
      "1.3",
      "Mức độ hoàn thành kế hoạch cải cách hành chính",
      3,
      "Tỷ lệ nhiệm vụ hoàn thành trên tổng nhiệm vụ của kế hoạch; tài liệu kiểm chứng: báo cáo kết quả thực hiện kế hoạch.",
      "100:3; 90:2; 80:1",
    ),
    yesNo(
      "1.4",
      "Kiểm tra công tác cải cách hành chính đối với các bộ phận, thôn, tổ dân phố",
      2,
      "Có kế hoạch kiểm tra và báo cáo kết quả kiểm tra; tài liệu kiểm chứng: kế hoạch, biên bản, báo cáo.",
    ),
    yesNo(
      "1.5",
      "Tuyên truyền cải cách hành chính",
      2,
      "Có kế hoạch và triển khai tuyên truyền (loa truyền thanh, trang thông tin điện tử, hội nghị); tài liệu kiểm chứng: kế hoạch, hình ảnh, tin bài.",
    ),
    yesNo(
      "1.6",
      "Có sáng kiến, giải pháp mới trong cải cách hành chính được áp dụng",
      1,
      "Sáng kiến được cấp có thẩm quyền công nhận; tài liệu kiểm chứng: quyết định công nhận.",
    ),

    group("2", "Cải cách thể chế", 7),
    yesNo(
      "2.1",
      "Ban hành văn bản quy phạm pháp luật đúng thẩm quyền, trình tự, thủ tục",
      2,
      "Tài liệu kiểm chứng: danh mục văn bản ban hành trong năm. Không áp dụng nếu trong năm không ban hành văn bản quy phạm pháp luật.",
      { allowNotApplicable: true },
    ),
    yesNo(
      "2.2",
      "Rà soát, kiểm tra, xử lý văn bản quy phạm pháp luật",
      2,
      "Có kế hoạch và báo cáo kết quả rà soát; tài liệu kiểm chứng: kế hoạch, báo cáo.",
    ),
    share(
      "2.3",
      "Tổ chức thi hành pháp luật tại địa phương",
      3,
      "Tỷ lệ nhiệm vụ theo kế hoạch theo dõi thi hành pháp luật đã hoàn thành; tài liệu kiểm chứng: báo cáo.",
      "100:3; 90:2; 80:1",
    ),

    group("3", "Cải cách thủ tục hành chính", 20),
    yesNo(
      "3.1",
      "Công khai đầy đủ, kịp thời, đúng quy định thủ tục hành chính tại Bộ phận Một cửa và trên cổng thông tin",
      2,
      "Danh mục thủ tục đang có hiệu lực được niêm yết đầy đủ; tài liệu kiểm chứng: ảnh chụp nơi niêm yết, đường dẫn công khai.",
    ),
    yesNo(
      "3.2",
      "Thực hiện cơ chế một cửa, một cửa liên thông: 100% thủ tục được tiếp nhận tại Bộ phận Một cửa; bố trí công chức, trang thiết bị",
      2,
      "Quyết định thành lập, quy chế hoạt động Bộ phận Một cửa; danh sách công chức được cử.",
    ),
    automatic(
      "3.3",
      "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
      5,
      "onTimeRate",
      "100:5; 98:4; 97:3; 96:2; 95:1",
    ),
    automatic(
      "3.4",
      "Thực hiện xin lỗi người dân, tổ chức đối với hồ sơ trễ hạn",
      1,
      "apologyCompliance",
      "100:1; 90:0.5",
      {
        allowNotApplicable: true,
        guidance: "Số liệu do MotCua tổng hợp. Không áp dụng nếu trong kỳ không có hồ sơ trễ hạn.",
      },
    ),
    group("3.5", "Cung cấp dịch vụ công trực tuyến", 2),
    automatic("3.5.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", 1, "onlineShare", "80:1; 60:0.75; 40:0.5"),
    automatic("3.5.2", "Tỷ lệ hồ sơ trực tuyến toàn trình", 1, "fullOnlineShare", "50:1; 30:0.5"),
    automatic("3.6", "Tỷ lệ hồ sơ có phí, lệ phí được thanh toán trực tuyến", 1, "onlinePaymentShare", "50:1; 30:0.5"),
    group("3.7", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 2),
    automatic("3.7.1", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận", 1, "digitisationShare", "100:1; 90:0.75; 80:0.5"),
    automatic("3.7.2", "Tỷ lệ kết quả giải quyết được cấp bản điện tử", 1, "eResultShare", "100:1; 90:0.75; 80:0.5"),
    automatic("3.8", "Xử lý phản ánh, kiến nghị về thủ tục hành chính đúng hạn", 1, "feedbackOnTime", "100:1; 90:0.5", {
      allowNotApplicable: true,
      guidance: "Số liệu do MotCua tổng hợp. Không áp dụng nếu trong kỳ không có phản ánh, kiến nghị.",
    }),
    automatic(
      "3.9",
      "Điểm đánh giá chất lượng phục vụ theo Bộ chỉ số tại Quyết định 766/QĐ-TTg",
      2,
      "decision766Score",
      "90:2; 80:1.5; 70:1; 50:0.5",
      {
        valueKind: "NUMBER",
        guidance:
          "MotCua đề xuất điểm theo Bộ chỉ số 766 của đơn vị; công chức kiểm tra, xác nhận hoặc kê khai điểm được công bố.",
      },
    ),
    yesNo(
      "3.10",
      "Rà soát, đề xuất đơn giản hóa thủ tục hành chính",
      2,
      "Có kế hoạch rà soát và văn bản đề xuất phương án đơn giản hóa gửi cấp trên; tài liệu kiểm chứng: số, ngày văn bản.",
    ),

    group("4", "Cải cách tổ chức bộ máy", 6),
    yesNo(
      "4.1",
      "Thực hiện cơ cấu tổ chức theo quy định",
      2,
      "Tài liệu kiểm chứng: quyết định quy định chức năng, nhiệm vụ, cơ cấu tổ chức.",
    ),
    yesNo(
      "4.2",
      "Sử dụng cán bộ, công chức trong số lượng được giao",
      2,
      "Tài liệu kiểm chứng: quyết định giao biên chế, báo cáo số lượng có mặt.",
    ),
    yesNo(
      "4.3",
      "Thực hiện nhiệm vụ được phân cấp, ủy quyền",
      2,
      "Tài liệu kiểm chứng: báo cáo kết quả thực hiện nhiệm vụ được phân cấp. Không áp dụng nếu không có nhiệm vụ được phân cấp.",
      { allowNotApplicable: true },
    ),

    group("5", "Cải cách chế độ công vụ", 10),
    yesNo(
      "5.1",
      "Bố trí cán bộ, công chức theo vị trí việc làm được phê duyệt",
      2,
      "Tài liệu kiểm chứng: quyết định phê duyệt vị trí việc làm, danh sách bố trí.",
    ),
    yesNo(
      "5.2",
      "Không có cán bộ, công chức vi phạm kỷ luật, kỷ cương hành chính bị xử lý",
      3,
      "Có: không có trường hợp bị xử lý kỷ luật trong năm; tài liệu kiểm chứng: báo cáo của đơn vị.",
    ),
    yesNo(
      "5.3",
      "Đánh giá, xếp loại cán bộ, công chức đúng quy định",
      2,
      "Tài liệu kiểm chứng: kết quả đánh giá, xếp loại năm.",
    ),
    share(
      "5.4",
      "Tỷ lệ cán bộ, công chức được đào tạo, bồi dưỡng theo kế hoạch",
      3,
      "Tài liệu kiểm chứng: kế hoạch, danh sách, chứng chỉ.",
      "100:3; 80:2; 60:1",
    ),

    group("6", "Cải cách tài chính công", 6),
    yesNo(
      "6.1",
      "Lập, giao và thực hiện dự toán ngân sách đúng quy định",
      2,
      "Tài liệu kiểm chứng: quyết định giao dự toán, báo cáo quyết toán.",
    ),
    yesNo(
      "6.2",
      "Thực hiện quy chế chi tiêu nội bộ, tiết kiệm chi thường xuyên",
      2,
      "Tài liệu kiểm chứng: quy chế chi tiêu nội bộ, báo cáo.",
    ),
    yesNo(
      "6.3",
      "Quản lý, sử dụng tài sản công đúng quy định",
      2,
      "Tài liệu kiểm chứng: quy chế quản lý tài sản, biên bản kiểm kê.",
    ),

    group("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", 9),
    share(
      "7.1",
      "Tỷ lệ văn bản trao đổi dưới dạng điện tử có ký số",
      3,
      "Tài liệu kiểm chứng: báo cáo số liệu từ hệ thống quản lý văn bản.",
      "90:3; 70:2; 50:1",
    ),
    yesNo(
      "7.2",
      "Sử dụng hệ thống quản lý văn bản và điều hành trong xử lý công việc",
      2,
      "Tài liệu kiểm chứng: báo cáo, ảnh chụp hệ thống.",
    ),
    yesNo(
      "7.3",
      "Cập nhật, khai thác dữ liệu trên các cơ sở dữ liệu quốc gia, chuyên ngành",
      2,
      "Tài liệu kiểm chứng: báo cáo số liệu cập nhật.",
    ),
    yesNo(
      "7.4",
      "Bảo đảm an toàn thông tin mạng",
      2,
      "Có quy chế và không để xảy ra sự cố mất an toàn thông tin; tài liệu kiểm chứng: quy chế, báo cáo.",
    ),

    group("8", "Tác động của cải cách hành chính đến người dân, tổ chức", 30),
    node("8.1", "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính", 30, "SURVEY", {
      metric: "sipas",
      ladder: "95:30; 90:27; 85:24; 80:21; 70:15; 60:10; 50:5",
      scoringNote: `Theo thang: ${ladderNote("95:30; 90:27; 85:24; 80:21; 70:15; 60:10; 50:5", "percent")}`,
      guidance:
        "Chỉ số hài lòng SIPAS do MotCua tổng hợp từ đánh giá của người dân trong kỳ, thay cho điều tra xã hội học khi tỉnh chưa tổ chức.",
    }),

    group("C", "Điểm thưởng", 3),
    yesNo(
      "C.1",
      "Có mô hình, sáng kiến cải cách hành chính được cấp tỉnh công nhận và nhân rộng",
      2,
      "Tài liệu kiểm chứng: quyết định công nhận.",
    ),
    yesNo(
      "C.2",
      "Được cấp có thẩm quyền khen thưởng về công tác cải cách hành chính trong năm",
      2,
      "Tài liệu kiểm chứng: quyết định khen thưởng.",
    ),

    group("T", "Điểm trừ", 5),
    yesNo(
      "T.1",
      "Để xảy ra sai phạm trong giải quyết thủ tục hành chính bị cơ quan có thẩm quyền kết luận",
      3,
      "Có: bị trừ điểm tối đa; tài liệu kiểm chứng: kết luận thanh tra, kiểm tra.",
      {
        scoringNote: "Có: trừ 3 điểm; Không: không trừ.",
      },
    ),
    yesNo(
      "T.2",
      "Có hồ sơ trễ hạn không thực hiện xin lỗi người dân, tổ chức",
      2,
      "Có: bị trừ điểm tối đa; đối chiếu số liệu thư xin lỗi trên MotCua.",
      {
        scoringNote: "Có: trừ 2 điểm; Không: không trừ.",
      },
    ),
  ],
};
