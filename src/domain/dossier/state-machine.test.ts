import { describe, expect, it } from "vitest";
import { applyDecision, availableCommands, canAct, decide, TRANSITIONS } from "./state-machine";
import {
  DOSSIER_COMMAND_TYPES,
  ROLES,
  type Actor,
  type Decision,
  type DecisionErrorCode,
  type DossierCommand,
  type DossierCommandType,
  type DossierMachineState,
  type DossierStatus,
  type ProcessingStep,
  type Role,
} from "./types";

// ─── Fixtures ────────────────────────────────────────────────────────────────────────────────────────────────────

const RCV_UNIT = "unit-ward-llo"; // the ward whose one-stop desk received it
const DEC_UNIT = "unit-town"; // the deciding authority
const OTHER_UNIT = "unit-ward-other";
const DESK_OFFICE = "office-desk";
const OFFICE = "office-tuphap";
const OTHER_OFFICE = "office-tnmt";
const OFFICER_ID = "user-officer-1";

function dossier(overrides: Partial<DossierMachineState> = {}): DossierMachineState {
  return {
    status: "REGISTERED_ONLINE",
    processingStep: null,
    receivedUnitId: RCV_UNIT,
    decidingUnitId: DEC_UNIT,
    handlingOfficeId: null,
    assigneeId: null,
    leadershipApproval: true,
    supplementRequestOfficeIds: [],
    openPauseKind: null,
    proposedResultKind: null,
    ...overrides,
  };
}

const AT_OFFICE = { handlingOfficeId: OFFICE, assigneeId: OFFICER_ID, proposedResultKind: "GRANTED" } as const;

/** Every status/step a dossier can be in, consistent with how it got there; plus an open verification pause. */
const STATES: Record<string, Partial<DossierMachineState>> = {
  REGISTERED_ONLINE: { status: "REGISTERED_ONLINE", received: false },
  RECEIVED: { status: "RECEIVED" },
  REFUSED: { status: "REFUSED" },
  "IN_PROCESSING/AWAITING_ASSIGNMENT": {
    status: "IN_PROCESSING",
    processingStep: "AWAITING_ASSIGNMENT",
    handlingOfficeId: OFFICE,
    assigneeId: null,
  },
  "IN_PROCESSING/HANDLING": {
    status: "IN_PROCESSING",
    processingStep: "HANDLING",
    ...AT_OFFICE,
    proposedResultKind: null,
  },
  "IN_PROCESSING/HANDLING+VERIFICATION": {
    status: "IN_PROCESSING",
    processingStep: "HANDLING",
    ...AT_OFFICE,
    proposedResultKind: null,
    openPauseKind: "VERIFICATION",
  },
  "IN_PROCESSING/AWAITING_HEAD_APPROVAL": {
    status: "IN_PROCESSING",
    processingStep: "AWAITING_HEAD_APPROVAL",
    ...AT_OFFICE,
  },
  "IN_PROCESSING/AWAITING_LEADER_APPROVAL": {
    status: "IN_PROCESSING",
    processingStep: "AWAITING_LEADER_APPROVAL",
    ...AT_OFFICE,
  },
  WAITING_SUPPLEMENT: {
    status: "WAITING_SUPPLEMENT",
    ...AT_OFFICE,
    openPauseKind: "SUPPLEMENT",
    supplementRequestOfficeIds: [OFFICE],
  },
  // Form 02 delivered online before receipt: no office, no pause, never received.
  "WAITING_SUPPLEMENT (online intake)": { status: "WAITING_SUPPLEMENT", received: false },
  WAITING_FINANCIAL: { status: "WAITING_FINANCIAL", ...AT_OFFICE, openPauseKind: "FINANCIAL" },
  WITHDRAWN: { status: "WITHDRAWN", ...AT_OFFICE },
  STOPPED: { status: "STOPPED", ...AT_OFFICE },
  RESULT_READY: { status: "RESULT_READY", ...AT_OFFICE },
  RETURNED: { status: "RETURNED", ...AT_OFFICE },
};

type ScopeVariant = "in" | "out" | "same office, not assigned";

/** For each role: an actor sitting where the rules want them ("in") and one who does not ("out"). */
const ACTORS: Record<Role, Partial<Record<ScopeVariant, Actor>>> = {
  RECEPTIONIST: {
    in: { userId: "user-desk", role: "RECEPTIONIST", unitId: RCV_UNIT, officeId: DESK_OFFICE },
    out: { userId: "user-desk-other", role: "RECEPTIONIST", unitId: OTHER_UNIT, officeId: "office-desk-other" },
  },
  LEADERSHIP: {
    in: { userId: "user-leader", role: "LEADERSHIP", unitId: DEC_UNIT, officeId: null },
    out: { userId: "user-leader-other", role: "LEADERSHIP", unitId: OTHER_UNIT, officeId: null },
  },
  DEPARTMENT_HEAD: {
    in: { userId: "user-head", role: "DEPARTMENT_HEAD", unitId: DEC_UNIT, officeId: OFFICE },
    out: { userId: "user-head-other", role: "DEPARTMENT_HEAD", unitId: DEC_UNIT, officeId: OTHER_OFFICE },
  },
  OFFICER: {
    in: { userId: OFFICER_ID, role: "OFFICER", unitId: DEC_UNIT, officeId: OFFICE },
    out: { userId: "user-officer-x", role: "OFFICER", unitId: DEC_UNIT, officeId: OTHER_OFFICE },
    "same office, not assigned": { userId: "user-officer-2", role: "OFFICER", unitId: DEC_UNIT, officeId: OFFICE },
  },
  // "in" for the read-only roles: the same unit that received it; they still may not act.
  ADMIN: {
    in: { userId: "user-admin", role: "ADMIN", unitId: RCV_UNIT, officeId: null },
    out: { userId: "user-admin-other", role: "ADMIN", unitId: OTHER_UNIT, officeId: null },
  },
  INSPECTOR: {
    in: { userId: "user-inspector", role: "INSPECTOR", unitId: RCV_UNIT, officeId: null },
    out: { userId: "user-inspector-other", role: "INSPECTOR", unitId: OTHER_UNIT, officeId: null },
  },
};

/** A valid command of each type. */
const SAMPLE: { [K in DossierCommandType]: Extract<DossierCommand, { type: K }> } = {
  receive: { type: "receive" },
  refuse: { type: "refuse", reason: "Hồ sơ không thuộc thẩm quyền giải quyết của phường." },
  transfer: { type: "transfer", toOfficeId: OFFICE },
  assign: { type: "assign", officerId: "user-officer-3" },
  forward: { type: "forward", toOfficeId: OTHER_OFFICE, note: "Xin ý kiến về hiện trạng sử dụng đất." },
  request_supplement: { type: "request_supplement", reason: "Thiếu bản sao giấy chứng nhận quyền sử dụng đất." },
  request_intake_supplement: {
    type: "request_intake_supplement",
    reason: "Tệp tờ khai bị mờ, không đọc được; xin tải lại bản rõ nét.",
  },
  record_supplement: { type: "record_supplement" },
  request_financial: { type: "request_financial", reason: "Nộp lệ phí trước bạ.", amount: 500_000 },
  record_financial: { type: "record_financial" },
  start_verification: { type: "start_verification", reason: "Xác minh nơi cư trú tại tổ dân phố." },
  end_verification: { type: "end_verification", reason: "Đã có kết quả xác minh." },
  submit_for_approval: { type: "submit_for_approval", resultKind: "GRANTED", note: "Đủ điều kiện." },
  approve: { type: "approve" },
  send_back: { type: "send_back", reason: "Cần ghi rõ căn cứ pháp lý." },
  withdraw: { type: "withdraw", reason: "Công dân đề nghị rút hồ sơ." },
  stop: { type: "stop", reason: "Công dân đề nghị dừng giải quyết." },
  return_result: {
    type: "return_result",
    method: "DESK",
    resultNumber: "15/GKS-UBND",
    collectorKind: "APPLICANT",
    collectorName: "Nguyễn Văn An",
    idDocumentKind: "CCCD",
    idDocumentNumber: "001090012345",
  },
};

// ─── The oracle: the rules as the brief states them, written independently of TRANSITIONS ─────────────────────

type Who = "desk" | "head" | "officer" | "leader";
const WHO_ROLE: Record<Who, Role> = {
  desk: "RECEPTIONIST",
  head: "DEPARTMENT_HEAD",
  officer: "OFFICER",
  leader: "LEADERSHIP",
};

interface SpecRow {
  who: Who[];
  /** "STATUS" (any step) or "STATUS/STEP". */
  from: string[];
  /** "STATUS" or "STATUS/STEP"; a function when the procedure's rule decides. */
  to: string | ((d: DossierMachineState) => string);
  /** Only with a VERIFICATION pause open ("open"), or only without ("closed", else PAUSE_OPEN). */
  pause?: "open" | "closed";
  /** Only for a dossier the desk received (true) or never received (false, an online registration). */
  received?: boolean;
}

const OPEN = ["REGISTERED_ONLINE", "RECEIVED", "IN_PROCESSING", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL"];
const SPEC: Record<DossierCommandType, SpecRow[]> = {
  receive: [{ who: ["desk"], from: ["REGISTERED_ONLINE"], to: "RECEIVED" }],
  refuse: [{ who: ["desk"], from: ["REGISTERED_ONLINE"], to: "REFUSED" }],
  transfer: [{ who: ["desk"], from: ["RECEIVED"], to: "IN_PROCESSING/AWAITING_ASSIGNMENT" }],
  assign: [
    {
      who: ["head"],
      from: ["IN_PROCESSING/AWAITING_ASSIGNMENT", "IN_PROCESSING/HANDLING"],
      to: "IN_PROCESSING/HANDLING",
    },
  ],
  forward: [
    { who: ["officer"], from: ["IN_PROCESSING/HANDLING"], to: "IN_PROCESSING/AWAITING_ASSIGNMENT", pause: "closed" },
  ],
  request_supplement: [
    { who: ["officer"], from: ["IN_PROCESSING/HANDLING"], to: "WAITING_SUPPLEMENT", pause: "closed" },
  ],
  // Before receipt (Nghị định 61/2018 Art. 19, form 02 online): no pause, back to the desk's queue on the answer.
  request_intake_supplement: [{ who: ["desk"], from: ["REGISTERED_ONLINE"], to: "WAITING_SUPPLEMENT" }],
  record_supplement: [
    { who: ["desk", "officer"], from: ["WAITING_SUPPLEMENT"], received: true, to: "IN_PROCESSING/HANDLING" },
    { who: ["desk"], from: ["WAITING_SUPPLEMENT"], received: false, to: "REGISTERED_ONLINE" },
  ],
  request_financial: [{ who: ["officer"], from: ["IN_PROCESSING/HANDLING"], to: "WAITING_FINANCIAL", pause: "closed" }],
  record_financial: [{ who: ["desk", "officer"], from: ["WAITING_FINANCIAL"], to: "IN_PROCESSING/HANDLING" }],
  start_verification: [
    { who: ["officer"], from: ["IN_PROCESSING/HANDLING"], to: "IN_PROCESSING/HANDLING", pause: "closed" },
  ],
  end_verification: [
    { who: ["officer"], from: ["IN_PROCESSING/HANDLING"], to: "IN_PROCESSING/HANDLING", pause: "open" },
  ],
  submit_for_approval: [
    { who: ["officer"], from: ["IN_PROCESSING/HANDLING"], to: "IN_PROCESSING/AWAITING_HEAD_APPROVAL", pause: "closed" },
  ],
  approve: [
    {
      who: ["head"],
      from: ["IN_PROCESSING/AWAITING_HEAD_APPROVAL"],
      to: (d) => (d.leadershipApproval ? "IN_PROCESSING/AWAITING_LEADER_APPROVAL" : "RESULT_READY"),
    },
    { who: ["leader"], from: ["IN_PROCESSING/AWAITING_LEADER_APPROVAL"], to: "RESULT_READY" },
  ],
  send_back: [
    { who: ["head"], from: ["IN_PROCESSING/AWAITING_HEAD_APPROVAL"], to: "IN_PROCESSING/HANDLING" },
    { who: ["leader"], from: ["IN_PROCESSING/AWAITING_LEADER_APPROVAL"], to: "IN_PROCESSING/HANDLING" },
  ],
  withdraw: [{ who: ["desk"], from: OPEN, to: "WITHDRAWN" }],
  stop: [
    { who: ["head", "leader"], from: ["IN_PROCESSING", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL"], to: "STOPPED" },
  ],
  return_result: [{ who: ["desk"], from: ["RESULT_READY"], to: "RETURNED" }],
};

function whoOf(role: Role): Who | null {
  const entry = Object.entries(WHO_ROLE).find(([, r]) => r === role);
  return entry ? (entry[0] as Who) : null;
}

function oracleInScope(who: Who, d: DossierMachineState, a: Actor): boolean {
  switch (who) {
    case "desk":
      return a.unitId === d.receivedUnitId;
    case "leader":
      return a.unitId === d.decidingUnitId;
    case "head":
      return d.handlingOfficeId !== null && a.officeId === d.handlingOfficeId;
    case "officer":
      return d.assigneeId === a.userId && d.handlingOfficeId !== null && a.officeId === d.handlingOfficeId;
  }
}

function stateKey(d: DossierMachineState): string {
  return d.processingStep === null ? d.status : `${d.status}/${d.processingStep}`;
}

type Expected = { ok: true; to: string } | { ok: false; code: DecisionErrorCode };

function expected(type: DossierCommandType, d: DossierMachineState, a: Actor): Expected {
  const who = whoOf(a.role);
  const rows = who === null ? [] : SPEC[type].filter((r) => r.who.includes(who));
  if (who === null || rows.length === 0 || !oracleInScope(who, d, a)) return { ok: false, code: "FORBIDDEN" };
  const row = rows.find(
    (r) =>
      r.from.some((f) => f === d.status || f === stateKey(d)) &&
      (r.received === undefined || r.received === (d.received !== false)),
  );
  if (row === undefined) return { ok: false, code: "INVALID_STATE" };
  if (row.pause === "closed" && d.openPauseKind !== null) return { ok: false, code: "PAUSE_OPEN" };
  if (row.pause === "open" && d.openPauseKind !== "VERIFICATION") return { ok: false, code: "INVALID_STATE" };
  return { ok: true, to: typeof row.to === "function" ? row.to(d) : row.to };
}

function outcome(decision: Decision): Expected {
  if (!decision.ok) return { ok: false, code: decision.error.code };
  const { status, processingStep } = decision.next;
  return { ok: true, to: processingStep === null ? status : `${status}/${processingStep}` };
}

// ─── The generated matrix ────────────────────────────────────────────────────────────────────────────────────────

interface Case {
  name: string;
  d: DossierMachineState;
  actor: Actor;
}

const CASES: Case[] = [];
for (const [stateName, stateOverrides] of Object.entries(STATES)) {
  for (const leadershipApproval of [true, false]) {
    for (const role of ROLES) {
      for (const [variant, actor] of Object.entries(ACTORS[role])) {
        CASES.push({
          name: `${stateName} · leadershipApproval=${leadershipApproval} · ${role} ${variant}`,
          d: dossier({ ...stateOverrides, leadershipApproval }),
          actor,
        });
      }
    }
  }
}

describe("decide: command × role × scope × state matrix", () => {
  for (const type of DOSSIER_COMMAND_TYPES) {
    describe(type, () => {
      it.each(CASES)("$name", ({ d, actor }) => {
        const decision = decide(d, actor, SAMPLE[type]);
        expect(outcome(decision)).toEqual(expected(type, d, actor));
        if (!decision.ok) expect(decision.error.message.length).toBeGreaterThan(10);
      });
    });
  }
});

describe("availableCommands agrees with decide", () => {
  it.each(CASES)("$name", ({ d, actor }) => {
    const allowed = DOSSIER_COMMAND_TYPES.filter((type) => expected(type, d, actor).ok);
    expect(availableCommands(d, actor)).toEqual(allowed);
    expect(canAct(d, actor)).toBe(allowed.length > 0);
  });
});

it("the table covers every command", () => {
  expect(Object.keys(TRANSITIONS).sort()).toEqual([...DOSSIER_COMMAND_TYPES].sort());
});

// ─── Real-life cases, by hand ────────────────────────────────────────────────────────────────────────────────────

const desk = ACTORS.RECEPTIONIST.in!;
const otherWardDesk = ACTORS.RECEPTIONIST.out!;
const head = ACTORS.DEPARTMENT_HEAD.in!;
const otherHead = ACTORS.DEPARTMENT_HEAD.out!;
const officer = ACTORS.OFFICER.in!;
const colleague = ACTORS.OFFICER["same office, not assigned"]!;
const leader = ACTORS.LEADERSHIP.in!;

function ok(decision: Decision): Extract<Decision, { ok: true }> {
  if (!decision.ok) throw new Error(`expected success, got ${decision.error.code}: ${decision.error.message}`);
  return decision;
}

function err(decision: Decision) {
  if (decision.ok) throw new Error(`expected an error, got ${JSON.stringify(decision.next)}`);
  return decision.error;
}

function state(name: keyof typeof STATES, overrides: Partial<DossierMachineState> = {}): DossierMachineState {
  return dossier({ ...STATES[name], ...overrides });
}

describe("real-life cases", () => {
  it("a receptionist of another ward cannot receive an online dossier", () => {
    const e = err(decide(state("REGISTERED_ONLINE"), otherWardDesk, SAMPLE.receive));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.message).toContain("đơn vị khác");
  });

  it("the receiving desk accepts an online dossier; the event is named after the command", () => {
    const decision = ok(decide(state("REGISTERED_ONLINE"), desk, SAMPLE.receive));
    expect(decision.next).toEqual({
      status: "RECEIVED",
      processingStep: null,
      handlingOfficeId: null,
      assigneeId: null,
    });
    // Valid receipt starts the statutory clock (Nghị định 61/2018 Art. 19: the deadline runs from valid receipt).
    expect(decision.effects).toEqual([{ type: "start_clock" }]);
    expect(decision.eventType).toBe("receive");
  });

  describe("supplement at online intake (form 02 online, before receipt)", () => {
    it("asks for it without a pause: the statutory clock has not started, so nothing stops", () => {
      const decision = ok(decide(state("REGISTERED_ONLINE"), desk, SAMPLE.request_intake_supplement));
      expect(decision.next).toEqual({
        status: "WAITING_SUPPLEMENT",
        processingStep: null,
        handlingOfficeId: null,
        assigneeId: null,
      });
      expect(decision.effects).toEqual([]);
      expect(decision.eventType).toBe("request_intake_supplement");
    });

    it("the answer brings it back to the desk's queue (Mới đăng ký), still not received, with no clock to resume", () => {
      let d = state("REGISTERED_ONLINE");
      d = applyDecision(d, ok(decide(d, desk, SAMPLE.request_intake_supplement)));
      const back = ok(decide(d, desk, SAMPLE.record_supplement));
      expect(back.next).toMatchObject({ status: "REGISTERED_ONLINE", processingStep: null });
      expect(back.effects).toEqual([]);
      d = applyDecision(d, back);
      expect(d.received).toBe(false);
      // and may be asked again: the once-per-office rule concerns supplements during processing (Art. 16)
      expect(decide(d, desk, SAMPLE.request_intake_supplement).ok).toBe(true);
      d = applyDecision(d, ok(decide(d, desk, SAMPLE.receive)));
      expect(d.received).toBe(true);
    });

    it("the processing supplement is unchanged: a received dossier goes back to its officer, the pause closes", () => {
      const back = ok(decide(state("WAITING_SUPPLEMENT"), desk, SAMPLE.record_supplement));
      expect(back.next).toMatchObject({ status: "IN_PROCESSING", processingStep: "HANDLING", assigneeId: OFFICER_ID });
      expect(back.effects).toEqual([{ type: "close_pause" }]);
    });

    it("only the receiving unit's desk may ask, and only while the registration waits", () => {
      expect(err(decide(state("REGISTERED_ONLINE"), otherWardDesk, SAMPLE.request_intake_supplement)).code).toBe(
        "FORBIDDEN",
      );
      expect(err(decide(state("RECEIVED"), desk, SAMPLE.request_intake_supplement)).code).toBe("INVALID_STATE");
      const noReason = err(decide(state("REGISTERED_ONLINE"), desk, { type: "request_intake_supplement", reason: "" }));
      expect(noReason.code).toBe("INVALID_INPUT");
    });
  });

  it("transfer writes the first hand-off row, from the desk to the office", () => {
    const decision = ok(decide(state("RECEIVED"), desk, { type: "transfer", toOfficeId: OFFICE }));
    expect(decision.next).toEqual({
      status: "IN_PROCESSING",
      processingStep: "AWAITING_ASSIGNMENT",
      handlingOfficeId: OFFICE,
      assigneeId: null,
    });
    expect(decision.effects).toEqual([{ type: "handoff", fromOfficeId: DESK_OFFICE, toOfficeId: OFFICE }]);
  });

  it("an officer who is not assigned cannot request a supplement, even in the same office", () => {
    const e = err(decide(state("IN_PROCESSING/HANDLING"), colleague, SAMPLE.request_supplement));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.message).toContain("chưa được phân công");
  });

  it("a head of another office cannot approve", () => {
    const e = err(decide(state("IN_PROCESSING/AWAITING_HEAD_APPROVAL"), otherHead, SAMPLE.approve));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.message).toContain("không do phòng của ông/bà xử lý");
  });

  it("the head assigns, and may re-assign while it is handled, but not to the same officer", () => {
    const assigned = ok(
      decide(state("IN_PROCESSING/AWAITING_ASSIGNMENT"), head, { type: "assign", officerId: OFFICER_ID }),
    );
    expect(assigned.next).toMatchObject({
      status: "IN_PROCESSING",
      processingStep: "HANDLING",
      assigneeId: OFFICER_ID,
    });
    const reassigned = ok(
      decide(state("IN_PROCESSING/HANDLING"), head, { type: "assign", officerId: colleague.userId }),
    );
    expect(reassigned.next.assigneeId).toBe(colleague.userId);
    const same = err(decide(state("IN_PROCESSING/HANDLING"), head, { type: "assign", officerId: OFFICER_ID }));
    expect(same.code).toBe("INVALID_INPUT");
  });

  it("supplement: once per office, and a second office may still ask once", () => {
    const names = { officeNames: { [OFFICE]: "Phòng Tư pháp" } };
    let d = state("IN_PROCESSING/HANDLING");

    const first = ok(decide(d, officer, SAMPLE.request_supplement, names));
    expect(first.next).toMatchObject({ status: "WAITING_SUPPLEMENT", processingStep: null, assigneeId: OFFICER_ID });
    expect(first.effects).toEqual([
      { type: "open_pause", kind: "SUPPLEMENT", reason: SAMPLE.request_supplement.reason },
      { type: "record_supplement_request", officeId: OFFICE },
    ]);
    d = applyDecision(d, first);
    expect(d.openPauseKind).toBe("SUPPLEMENT");

    // The applicant brings the papers to the desk: the clock resumes with the same officer.
    const back = ok(decide(d, desk, SAMPLE.record_supplement));
    expect(back.next).toMatchObject({ status: "IN_PROCESSING", processingStep: "HANDLING", assigneeId: OFFICER_ID });
    expect(back.effects).toEqual([{ type: "close_pause" }]);
    d = applyDecision(d, back);

    const second = err(decide(d, officer, SAMPLE.request_supplement, names));
    expect(second).toEqual({
      code: "SUPPLEMENT_ALREADY_REQUESTED",
      message: "Phòng Tư pháp đã yêu cầu bổ sung hồ sơ này một lần; theo quy định chỉ được yêu cầu bổ sung một lần.",
    });
    expect(availableCommands(d, officer)).not.toContain("request_supplement");
    // Re-assigning inside the same office does not give the office a second request.
    const reassigned = applyDecision(d, ok(decide(d, head, { type: "assign", officerId: colleague.userId })));
    expect(err(decide(reassigned, colleague, SAMPLE.request_supplement)).code).toBe("SUPPLEMENT_ALREADY_REQUESTED");

    // Forward to a second office: its own officer may still ask once.
    d = applyDecision(d, ok(decide(d, officer, { type: "forward", toOfficeId: OTHER_OFFICE })));
    expect(d).toMatchObject({
      processingStep: "AWAITING_ASSIGNMENT",
      handlingOfficeId: OTHER_OFFICE,
      assigneeId: null,
    });
    d = applyDecision(d, ok(decide(d, otherHead, { type: "assign", officerId: "user-officer-b" })));
    const officerB: Actor = { userId: "user-officer-b", role: "OFFICER", unitId: DEC_UNIT, officeId: OTHER_OFFICE };
    const fromB = ok(decide(d, officerB, SAMPLE.request_supplement));
    expect(fromB.effects).toContainEqual({ type: "record_supplement_request", officeId: OTHER_OFFICE });
    d = applyDecision(d, fromB);
    expect(d.supplementRequestOfficeIds).toEqual([OFFICE, OTHER_OFFICE]);
  });

  it("without office names, the supplement message still says why", () => {
    const d = state("IN_PROCESSING/HANDLING", { supplementRequestOfficeIds: [OFFICE] });
    expect(err(decide(d, officer, SAMPLE.request_supplement)).message).toBe(
      "Phòng của ông/bà đã yêu cầu bổ sung hồ sơ này một lần; theo quy định chỉ được yêu cầu bổ sung một lần.",
    );
  });

  it("the online supplement can be recorded by the assigned officer", () => {
    expect(ok(decide(state("WAITING_SUPPLEMENT"), officer, SAMPLE.record_supplement)).next.processingStep).toBe(
      "HANDLING",
    );
  });

  it("leadership signs only when the procedure needs it", () => {
    const submitted = applyDecision(
      state("IN_PROCESSING/HANDLING"),
      ok(decide(state("IN_PROCESSING/HANDLING"), officer, { type: "submit_for_approval", resultKind: "DENIED" })),
    );
    expect(submitted).toMatchObject({ processingStep: "AWAITING_HEAD_APPROVAL", proposedResultKind: "DENIED" });

    // Needs leadership: head → leader → result.
    const headOk = ok(decide({ ...submitted, leadershipApproval: true }, head, SAMPLE.approve));
    expect(headOk.next).toMatchObject({ status: "IN_PROCESSING", processingStep: "AWAITING_LEADER_APPROVAL" });
    expect(headOk.effects).toEqual([]);
    const atLeader = applyDecision({ ...submitted, leadershipApproval: true }, headOk);
    expect(err(decide(atLeader, head, SAMPLE.approve)).code).toBe("INVALID_STATE");
    const leaderOk = ok(decide(atLeader, leader, SAMPLE.approve));
    expect(leaderOk.next).toMatchObject({ status: "RESULT_READY", processingStep: null, handlingOfficeId: OFFICE });
    expect(leaderOk.effects).toEqual([{ type: "finish", resultKind: "DENIED" }]);

    // Head signs: finished at once; leadership has no step to approve.
    const noLeader = { ...submitted, leadershipApproval: false };
    expect(err(decide(noLeader, leader, SAMPLE.approve)).code).toBe("INVALID_STATE");
    const headFinal = ok(decide(noLeader, head, SAMPLE.approve));
    expect(headFinal.next.status).toBe("RESULT_READY");
    expect(headFinal.effects).toEqual([{ type: "finish", resultKind: "DENIED" }]);
  });

  it("a draft cannot finish without a proposed result", () => {
    const d = state("IN_PROCESSING/AWAITING_LEADER_APPROVAL", { proposedResultKind: null });
    expect(err(decide(d, leader, SAMPLE.approve)).code).toBe("INVALID_STATE");
    const legacy: DossierMachineState = { ...d };
    delete legacy.proposedResultKind;
    expect(err(decide(legacy, leader, SAMPLE.approve)).code).toBe("INVALID_STATE");
  });

  it("send back returns the draft to the officer and clears the proposal", () => {
    for (const [name, approver] of [
      ["IN_PROCESSING/AWAITING_HEAD_APPROVAL", head],
      ["IN_PROCESSING/AWAITING_LEADER_APPROVAL", leader],
    ] as const) {
      const decision = ok(decide(state(name), approver, SAMPLE.send_back));
      expect(decision.next).toEqual({
        status: "IN_PROCESSING",
        processingStep: "HANDLING",
        handlingOfficeId: OFFICE,
        assigneeId: OFFICER_ID,
      });
      expect(decision.effects).toEqual([{ type: "propose_result", resultKind: null }]);
    }
  });

  const openStates: (keyof typeof STATES)[] = [
    "REGISTERED_ONLINE",
    "RECEIVED",
    "IN_PROCESSING/AWAITING_ASSIGNMENT",
    "IN_PROCESSING/HANDLING",
    "IN_PROCESSING/HANDLING+VERIFICATION",
    "IN_PROCESSING/AWAITING_HEAD_APPROVAL",
    "IN_PROCESSING/AWAITING_LEADER_APPROVAL",
    "WAITING_SUPPLEMENT",
    "WAITING_FINANCIAL",
  ];
  it.each(openStates)("the applicant may withdraw from %s; an open pause is closed", (name) => {
    const d = state(name);
    const decision = ok(decide(d, desk, SAMPLE.withdraw));
    expect(decision.next).toMatchObject({ status: "WITHDRAWN", processingStep: null });
    expect(decision.effects).toEqual([
      ...(d.openPauseKind === null ? [] : [{ type: "close_pause" }]),
      { type: "finish", resultKind: null },
    ]);
  });

  it("stop by the leadership while waiting for a supplement closes the pause and finishes", () => {
    const decision = ok(decide(state("WAITING_SUPPLEMENT"), leader, SAMPLE.stop));
    expect(decision.next.status).toBe("STOPPED");
    expect(decision.effects).toEqual([{ type: "close_pause" }, { type: "finish", resultKind: null }]);
  });

  const terminal: DossierStatus[] = ["RETURNED", "REFUSED", "WITHDRAWN", "STOPPED"];
  it.each(terminal)("nothing leaves %s", (status) => {
    const d = state(status);
    for (const role of ROLES) {
      for (const actor of Object.values(ACTORS[role])) {
        expect(availableCommands(d, actor)).toEqual([]);
        for (const type of DOSSIER_COMMAND_TYPES) {
          const e = err(decide(d, actor, SAMPLE[type]));
          expect(["FORBIDDEN", "INVALID_STATE"]).toContain(e.code);
        }
      }
    }
    expect(err(decide(d, desk, SAMPLE.withdraw)).message).toContain("Hồ sơ đã kết thúc");
  });

  it("only the desk returns the result, recording how", () => {
    const requested = { returnFacts: { postalReturnRequested: true, electronicResultIssued: false } };
    const byPost = { type: "return_result", method: "POST", resultNumber: "15/GKS-UBND" } as const;
    const decision = ok(decide(state("RESULT_READY", requested), desk, byPost));
    expect(decision.next.status).toBe("RETURNED");
    expect(decision.effects).toEqual([{ type: "returned", method: "POST" }]);
  });

  it("refuses return by post unless the applicant asked for it at intake (issue 11)", () => {
    const byPost = { type: "return_result", method: "POST", resultNumber: "15/GKS-UBND" } as const;
    const e = err(decide(state("RESULT_READY"), desk, byPost));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toContain("không đăng ký nhận kết quả qua bưu chính");
    const notAsked = { returnFacts: { postalReturnRequested: false, electronicResultIssued: true } };
    expect(err(decide(state("RESULT_READY", notAsked), desk, byPost)).code).toBe("INVALID_INPUT");
  });

  it("returns an electronic result only once one is issued", () => {
    const online = { type: "return_result", method: "ONLINE", resultNumber: "15/GKS-UBND" } as const;
    expect(err(decide(state("RESULT_READY"), desk, online)).message).toContain("chưa có kết quả điện tử");
    const issued = { returnFacts: { postalReturnRequested: false, electronicResultIssued: true } };
    expect(ok(decide(state("RESULT_READY", issued), desk, online)).next.status).toBe("RETURNED");
  });

  it("administrators and inspectors never act, with a message naming the role", () => {
    const d = state("REGISTERED_ONLINE");
    const admin = err(decide(d, ACTORS.ADMIN.in!, SAMPLE.receive));
    expect(admin.code).toBe("FORBIDDEN");
    expect(admin.message).toContain("Quản trị hệ thống");
    expect(err(decide(d, ACTORS.INSPECTOR.in!, SAMPLE.withdraw)).message).toContain("chỉ được xem");
  });

  it("a role that never does this command is told so", () => {
    expect(err(decide(state("RECEIVED"), head, SAMPLE.transfer)).message).toContain("Trưởng phòng");
  });

  it("verification: a pause inside HANDLING blocks the other steps until it ends", () => {
    let d = state("IN_PROCESSING/HANDLING");
    const start = ok(decide(d, officer, SAMPLE.start_verification));
    expect(start.next).toMatchObject({ status: "IN_PROCESSING", processingStep: "HANDLING" });
    expect(start.effects).toEqual([
      { type: "open_pause", kind: "VERIFICATION", reason: SAMPLE.start_verification.reason },
    ]);
    d = applyDecision(d, start);
    const blocked = err(decide(d, officer, SAMPLE.submit_for_approval));
    expect(blocked.code).toBe("PAUSE_OPEN");
    expect(blocked.message).toContain("kết thúc xác minh");
    expect(err(decide(d, officer, SAMPLE.start_verification)).code).toBe("PAUSE_OPEN");
    expect(availableCommands(d, officer)).toEqual(["end_verification"]);
    d = applyDecision(d, ok(decide(d, officer, SAMPLE.end_verification)));
    expect(d.openPauseKind).toBeNull();
    expect(err(decide(d, officer, SAMPLE.end_verification)).code).toBe("INVALID_STATE");
  });

  it("financial obligation pauses and resumes", () => {
    let d = state("IN_PROCESSING/HANDLING");
    const req = ok(decide(d, officer, SAMPLE.request_financial));
    expect(req.next.status).toBe("WAITING_FINANCIAL");
    expect(req.effects).toEqual([{ type: "open_pause", kind: "FINANCIAL", reason: "Nộp lệ phí trước bạ." }]);
    d = applyDecision(d, req);
    const paid = ok(decide(d, desk, SAMPLE.record_financial));
    expect(paid.next).toMatchObject({ status: "IN_PROCESSING", processingStep: "HANDLING", assigneeId: OFFICER_ID });
    expect(paid.effects).toEqual([{ type: "close_pause" }]);
  });

  it("an officer whose dossier moved to another office loses it", () => {
    const moved = state("IN_PROCESSING/HANDLING", { handlingOfficeId: OTHER_OFFICE });
    expect(err(decide(moved, officer, SAMPLE.submit_for_approval)).code).toBe("FORBIDDEN");
  });
});

describe("input is validated after permission and state", () => {
  const handling = state("IN_PROCESSING/HANDLING");

  it("a too-short reason is refused with a Vietnamese message", () => {
    const e = err(decide(handling, officer, { type: "request_supplement", reason: "  sai  " }));
    expect(e).toEqual({ code: "INVALID_INPUT", message: "Lý do cần có ít nhất 5 ký tự; xin vui lòng ghi rõ hơn." });
  });

  it("a too-long reason is refused", () => {
    expect(err(decide(handling, officer, { type: "start_verification", reason: "x".repeat(1001) })).message).toBe(
      "Lý do không được dài quá 1000 ký tự.",
    );
  });

  it("reasons are trimmed before they are stored", () => {
    const decision = ok(decide(handling, officer, { type: "request_supplement", reason: "  Thiếu tờ khai.  " }));
    expect(decision.effects[0]).toEqual({ type: "open_pause", kind: "SUPPLEMENT", reason: "Thiếu tờ khai." });
    expect(decision.command).toEqual({ type: "request_supplement", reason: "Thiếu tờ khai." });
  });

  it("forwarding to the office that already holds it is refused", () => {
    expect(err(decide(handling, officer, { type: "forward", toOfficeId: OFFICE })).code).toBe("INVALID_INPUT");
  });

  it("an unknown return method or result kind is refused", () => {
    const bad = { type: "return_result", method: "FAX" } as unknown as DossierCommand;
    expect(err(decide(state("RESULT_READY"), desk, bad)).message).toBe("Xin vui lòng chọn hình thức trả kết quả.");
    const badKind = { type: "submit_for_approval", resultKind: "MAYBE" } as unknown as DossierCommand;
    expect(err(decide(handling, officer, badKind)).code).toBe("INVALID_INPUT");
  });

  it("a negative amount is refused", () => {
    const e = err(decide(handling, officer, { type: "request_financial", reason: "Nộp lệ phí.", amount: -1 }));
    expect(e.code).toBe("INVALID_INPUT");
  });

  it("an out-of-scope actor learns nothing about the input or the state", () => {
    const e = err(decide(state("RETURNED"), otherWardDesk, { type: "refuse", reason: "x" }));
    expect(e.code).toBe("FORBIDDEN");
  });
});

describe("a whole life, from online registration to the returned result", () => {
  it("follows the national status list", () => {
    let d = dossier({
      status: "REGISTERED_ONLINE",
      leadershipApproval: true,
      returnFacts: { postalReturnRequested: false, electronicResultIssued: true },
    });
    const statuses: string[] = [stateKey(d)];
    const run = (actor: Actor, command: DossierCommand) => {
      d = applyDecision(d, ok(decide(d, actor, command)));
      statuses.push(stateKey(d));
    };
    run(desk, SAMPLE.receive);
    run(desk, { type: "transfer", toOfficeId: OFFICE });
    run(head, { type: "assign", officerId: OFFICER_ID });
    run(officer, SAMPLE.request_supplement);
    run(officer, SAMPLE.record_supplement);
    run(officer, SAMPLE.submit_for_approval);
    run(head, SAMPLE.approve);
    run(leader, SAMPLE.approve);
    run(desk, { type: "return_result", method: "ONLINE", resultNumber: "15/GKS-UBND" });
    expect(statuses).toEqual([
      "REGISTERED_ONLINE",
      "RECEIVED",
      "IN_PROCESSING/AWAITING_ASSIGNMENT",
      "IN_PROCESSING/HANDLING",
      "WAITING_SUPPLEMENT",
      "IN_PROCESSING/HANDLING",
      "IN_PROCESSING/AWAITING_HEAD_APPROVAL",
      "IN_PROCESSING/AWAITING_LEADER_APPROVAL",
      "RESULT_READY",
      "RETURNED",
    ]);
    expect(d.openPauseKind).toBeNull();
  });
});

// Keep the step type in use for readers: every step appears in STATES.
const _steps: ProcessingStep[] = [
  "AWAITING_ASSIGNMENT",
  "HANDLING",
  "AWAITING_HEAD_APPROVAL",
  "AWAITING_LEADER_APPROVAL",
];
void _steps;
