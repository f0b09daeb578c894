// Quality score of a dossier, NĐ 61/2018 Art. 31–33 / TT 01/2018 ch. III: nine indicators of 2 / 1 / 0 points (18).
import { describe, expect, it } from "vitest";
import {
  appraiseDossierQuality,
  countPoints,
  historyIndicators,
  scoreDossierQuality,
  timePoints,
  type DossierQualityInput,
} from ".";

const input: DossierQualityInput = {
  total: { used: 8, allowed: 10 }, // shorter → 2
  offices: [
    { used: 3, allowed: 3 }, // equal → 1
    { used: 4, allowed: 5 }, // shorter → 2; the weakest office decides → 1
  ],
  comebacks: 1, // → 1
  agenciesContacted: 0, // → 2
  oneStop: { handledAtDeskShare: 0.8, allReceivedAtDesk: true }, // → 1
  publication: { posted: true, online: true }, // → 2
  attitude: { finished: "EARLY", verifiedComplaint: false }, // → 2
  feedback: { due: 10, onTime: 9 }, // 90 % → 1
  online: { proceduresOnlineShare: 0.25, dossiersOnlineShare: 0.35, anyOnlineLate: false }, // → 2
};

describe("the nine indicators", () => {
  it("time: shorter 2, equal 1, longer 0; counts: 0 → 2, 1 → 1, more → 0", () => {
    expect([timePoints({ used: 9, allowed: 10 }), timePoints({ used: 10, allowed: 10 })]).toEqual([2, 1]);
    expect(timePoints({ used: 11, allowed: 10 })).toBe(0);
    expect([countPoints(0), countPoints(1), countPoints(2)]).toEqual([2, 1, 0]);
  });
  it("scores a dossier 2 + 1 + 1 + 2 + 1 + 2 + 2 + 1 + 2 = 14 of 18", () => {
    const score = scoreDossierQuality(input);
    expect(score.indicators.map((indicator) => indicator.points)).toEqual([2, 1, 1, 2, 1, 2, 2, 1, 2]);
    expect(score.total).toBe(14);
    expect(score.max).toBe(18);
  });
  it("a verified complaint gives 0 for attitude; an unfinished dossier 0 for time; no feedback due counts as 100 %", () => {
    const score = scoreDossierQuality({
      ...input,
      total: null,
      offices: [],
      attitude: { finished: "EARLY", verifiedComplaint: true },
      feedback: { due: 0, onTime: 0 },
      online: { proceduresOnlineShare: 0.1, dossiersOnlineShare: 0.2, anyOnlineLate: true },
    });
    expect(score.indicators.map((indicator) => indicator.points)).toEqual([0, 0, 1, 2, 1, 2, 0, 2, 1]);
  });
  it("the appraised score changes indicators and keeps the self-score", () => {
    const self = scoreDossierQuality(input);
    const result = appraiseDossierQuality(self, { 7: 0, 6: 2 });
    expect(result.self.total).toBe(14);
    expect(result.appraised.total).toBe(12);
    expect(result.changed).toEqual([7]);
  });
  it("history: comebacks exclude the applicant's fault; agencies are distinct other units, legal field checks excluded", () => {
    expect(
      historyIndicators({
        supplementRequests: [{ applicantAtFault: false }, { applicantAtFault: true }, { applicantAtFault: false }],
        handoffs: [
          { toUnitId: "own" },
          { toUnitId: "u2" },
          { toUnitId: "u2" },
          { toUnitId: "u3", requiredByLaw: true },
          { toUnitId: null },
        ],
        ownUnitIds: ["own"],
      }),
    ).toEqual({ comebacks: 2, agenciesContacted: 1 });
  });
});
