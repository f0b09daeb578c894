// The quality score of one dossier (đánh giá chất lượng giải quyết thủ tục hành chính): Nghị định 61/2018/NĐ-CP
// Art. 31–33 and Thông tư 01/2018/TT-VPCP chapter III, as implemented by provincial systems (../shared/SATISFACTION.md).
// Nine indicators, 2 / 1 / 0 points each, 18 in all. (1)–(4) come from the dossier's history, (5)–(6) from the
// configuration, (7)–(8) from complaints and feedback (plain inputs, so the feedback module's figures plug in), (9)
// from the unit's online service. A self-score is computed; an appraiser may change any indicator, and both are kept.

export type QualityPoints = 0 | 1 | 2;
export const QUALITY_MAX_POINTS = 18;

export type QualityIndicatorNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export const QUALITY_INDICATORS: Record<QualityIndicatorNumber, string> = {
  1: "Tổng thời gian giải quyết so với thời gian quy định",
  2: "Thời gian thực hiện của từng cơ quan so với thời gian được phân bổ",
  3: "Số lần tổ chức, cá nhân phải liên hệ để hoàn thiện hồ sơ",
  4: "Số cơ quan, đơn vị tổ chức phải liên hệ",
  5: "Thủ tục được giải quyết tại Bộ phận Một cửa",
  6: "Công khai thủ tục hành chính",
  7: "Thái độ của công chức tiếp nhận, giải quyết",
  8: "Tiếp nhận, xử lý phản ánh, kiến nghị đúng hạn",
  9: "Cung cấp dịch vụ công trực tuyến",
};

/** Time used against time allowed, in the same unit (working hours or working days). */
export type TimeUse = { used: number; allowed: number };

export type DossierQualityInput = {
  /** (1) The whole dossier; null while unfinished (scored 0 then: the indicator needs a finished dossier). */
  total: TimeUse | null;
  /** (2) Each office's (or step's) share; empty: no breakdown known, scored as (1). */
  offices: readonly TimeUse[];
  /** (3) Supplement requests (times the applicant came back), without those caused by the applicant's own fault. */
  comebacks: number;
  /** (4) Other agencies contacted (hand-offs to other units); field checks required by law are not counted. */
  agenciesContacted: number;
  /** (5) Share (0–1) of the unit's procedures received AND resolved at the one-stop desk; whether all are received there. */
  oneStop: { handledAtDeskShare: number; allReceivedAtDesk: boolean };
  /** (6) The procedure is posted at the desk / published online. */
  publication: { posted: boolean; online: boolean };
  /** (7) Finished early / on time / late, and whether a complaint about staff conduct was verified. */
  attitude: { finished: "EARLY" | "ON_TIME" | "LATE" | null; verifiedComplaint: boolean };
  /** (8) The unit's feedback items due in the period and those answered within their deadline. */
  feedback: { due: number; onTime: number };
  /**
   * (9) Share (0–1) of eligible procedures offered online, share (0–1) of the unit's dossiers received online, and
   * whether any online dossier was late.
   */
  online: { proceduresOnlineShare: number; dossiersOnlineShare: number; anyOnlineLate: boolean };
};

export type QualityIndicator = { number: QualityIndicatorNumber; label: string; points: QualityPoints };
export type DossierQualityScore = { indicators: QualityIndicator[]; total: number; max: typeof QUALITY_MAX_POINTS };

/** Shorter than allowed 2, equal 1, longer 0 (indicators 1 and 2). */
export function timePoints(time: TimeUse): QualityPoints {
  if (time.used < time.allowed) return 2;
  if (time.used === time.allowed) return 1;
  return 0;
}

/** 0 → 2, 1 → 1, more → 0 (indicators 3 and 4). */
export function countPoints(count: number): QualityPoints {
  if (count <= 0) return 2;
  if (count === 1) return 1;
  return 0;
}

function indicatorPoints(input: DossierQualityInput): Record<QualityIndicatorNumber, QualityPoints> {
  const total = input.total === null ? 0 : timePoints(input.total);
  const offices =
    input.offices.length === 0
      ? total
      : (Math.min(...input.offices.map((office) => timePoints(office))) as QualityPoints);
  const { handledAtDeskShare, allReceivedAtDesk } = input.oneStop;
  const { posted, online } = input.publication;
  const { finished, verifiedComplaint } = input.attitude;
  const feedbackShare = input.feedback.due === 0 ? 1 : input.feedback.onTime / input.feedback.due;
  const { proceduresOnlineShare, dossiersOnlineShare, anyOnlineLate } = input.online;
  return {
    1: total,
    2: offices,
    3: countPoints(input.comebacks),
    4: countPoints(input.agenciesContacted),
    5: handledAtDeskShare >= 1 ? 2 : allReceivedAtDesk ? 1 : 0,
    6: posted && online ? 2 : posted || online ? 1 : 0,
    7: verifiedComplaint ? 0 : finished === "EARLY" ? 2 : finished === "ON_TIME" ? 1 : 0,
    8: feedbackShare >= 1 ? 2 : feedbackShare >= 0.9 ? 1 : 0,
    9:
      proceduresOnlineShare >= 0.2 && dossiersOnlineShare >= 0.3 && !anyOnlineLate
        ? 2
        : dossiersOnlineShare >= 0.15
          ? 1
          : 0,
  };
}

const NUMBERS: readonly QualityIndicatorNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

function scoreOf(points: Record<QualityIndicatorNumber, QualityPoints>): DossierQualityScore {
  const indicators = NUMBERS.map((number) => ({ number, label: QUALITY_INDICATORS[number], points: points[number] }));
  return { indicators, total: indicators.reduce((sum, item) => sum + item.points, 0), max: QUALITY_MAX_POINTS };
}

/** The self-score (tự đánh giá) from the dossier's data. */
export function scoreDossierQuality(input: DossierQualityInput): DossierQualityScore {
  return scoreOf(indicatorPoints(input));
}

/** The appraised score (thẩm định): the self-score with the appraiser's changed indicators; the self-score is kept. */
export function appraiseDossierQuality(
  selfScore: DossierQualityScore,
  changes: Partial<Record<QualityIndicatorNumber, QualityPoints>>,
): { self: DossierQualityScore; appraised: DossierQualityScore; changed: QualityIndicatorNumber[] } {
  const points = Object.fromEntries(selfScore.indicators.map((item) => [item.number, item.points])) as Record<
    QualityIndicatorNumber,
    QualityPoints
  >;
  const changed: QualityIndicatorNumber[] = [];
  for (const number of NUMBERS) {
    const next = changes[number];
    if (next === undefined) continue;
    if (next !== 0 && next !== 1 && next !== 2) throw new Error(`points must be 0, 1 or 2 (indicator ${number})`);
    if (next !== points[number]) changed.push(number);
    points[number] = next;
  }
  return { self: selfScore, appraised: scoreOf(points), changed };
}

/** From the dossier's history: supplement requests not caused by the applicant, other units handed to. */
export function historyIndicators(history: {
  supplementRequests: readonly { applicantAtFault: boolean }[];
  handoffs: readonly { toUnitId: string | null; requiredByLaw?: boolean }[];
  ownUnitIds: readonly string[];
}): { comebacks: number; agenciesContacted: number } {
  const comebacks = history.supplementRequests.filter((request) => !request.applicantAtFault).length;
  const others = new Set(
    history.handoffs
      .filter((handoff) => !handoff.requiredByLaw && handoff.toUnitId && !history.ownUnitIds.includes(handoff.toUnitId))
      .map((handoff) => handoff.toUnitId),
  );
  return { comebacks, agenciesContacted: others.size };
}
