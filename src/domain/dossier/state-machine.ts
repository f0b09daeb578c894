// The dossier state machine (quy trình giải quyết hồ sơ), Nghị định 61/2018 as replaced by Nghị định 118/2025,
// Thông tư 01/2018 and Thông tư 03/2025. The rules are one table (TRANSITIONS); `decide` only interprets it.
//
// Order of checks in `decide`, chosen so that nobody learns about a dossier outside their scope:
//   1. role and scope (FORBIDDEN): is there a row for this command the actor's role and seat could use at all?
//   2. state (INVALID_STATE): does one of those rows start from the dossier's status/step (and open pause)?
//   3. the row's rules: supplement once per office (SUPPLEMENT_ALREADY_REQUESTED), no pause open (PAUSE_OPEN);
//   4. the command's input (INVALID_INPUT), validated with the zod schemas of command-schema.ts.
import { dossierCommandSchema } from "./command-schema";
import { COMMAND_LABELS, DOSSIER_STATUS_LABELS, PAUSE_KIND_LABELS, ROLE_LABELS, statusWithStepLabel } from "./labels";
import { inScope, OUT_OF_SCOPE_MESSAGES, roleActsOnDossiers, type ScopeRule } from "./permissions";
import { returnMethodRefusal } from "./result-return";
import { isTerminalStatus } from "./status-groups";
import {
  DOSSIER_COMMAND_TYPES,
  type Actor,
  type CommandOf,
  type Decision,
  type DecisionError,
  type DossierCommand,
  type DossierCommandType,
  type DossierMachineState,
  type DossierStatus,
  type Effect,
  type NextState,
  type ProcessingStep,
  type Role,
} from "./types";

// ─── Table vocabulary ────────────────────────────────────────────────────────────────────────────────────────────

/** A from-state: a status, and for IN_PROCESSING the steps it applies to (absent = any step). */
export interface StateRef {
  status: DossierStatus;
  steps?: readonly ProcessingStep[];
}

/** Who may use a row: a role, sitting where the scope rule says. */
export interface ActorRule {
  role: Role;
  scope: ScopeRule;
}

/**
 * Conditions on the dossier beyond its status:
 * - noOpenPause: nothing else may happen while a verification pause runs (PAUSE_OPEN);
 * - verificationOpen: the row needs an open VERIFICATION pause (INVALID_STATE otherwise);
 * - supplementOncePerOffice: the actor's office has not asked for a supplement yet (SUPPLEMENT_ALREADY_REQUESTED);
 * - hasProposedResult: the officer's proposed result is known, so finishing can record it (INVALID_STATE).
 */
export type Check = "noOpenPause" | "verificationOpen" | "supplementOncePerOffice" | "hasProposedResult";

/**
 * Which of two rows with the same start applies (not an error when it does not hold): by the procedure's rule
 * (leadership signs or not), or by whether the desk ever received the dossier (a supplement at online intake).
 */
export type Branch = "leadershipApproval" | "noLeadershipApproval" | "received" | "notReceived";

/** Where the handling office and the assignee go. */
export type OfficeChange = "keep" | "commandTarget";
export type AssigneeChange = "keep" | "clear" | "commandOfficer";

export interface EffectContext<K extends DossierCommandType> {
  dossier: DossierMachineState;
  actor: Actor;
  command: CommandOf<K>;
}

export interface TransitionRow<K extends DossierCommandType = DossierCommandType> {
  from: readonly StateRef[];
  actors: readonly ActorRule[];
  branch?: Branch;
  checks?: readonly Check[];
  to: { status: DossierStatus; step: ProcessingStep | null };
  office?: OfficeChange;
  assignee?: AssigneeChange;
  effects?: (ctx: EffectContext<K>) => Effect[];
}

export type TransitionTable = { readonly [K in DossierCommandType]: readonly TransitionRow<K>[] };

// ─── The table ───────────────────────────────────────────────────────────────────────────────────────────────────

const DESK: readonly ActorRule[] = [{ role: "RECEPTIONIST", scope: "receivedUnit" }];
const HEAD: readonly ActorRule[] = [{ role: "DEPARTMENT_HEAD", scope: "handlingOffice" }];
const ASSIGNED_OFFICER: readonly ActorRule[] = [{ role: "OFFICER", scope: "assignee" }];
const LEADER: readonly ActorRule[] = [{ role: "LEADERSHIP", scope: "decidingUnit" }];

const HANDLING: readonly StateRef[] = [{ status: "IN_PROCESSING", steps: ["HANDLING"] }];
const IN_PROCESSING_OR_WAITING: readonly StateRef[] = [
  { status: "IN_PROCESSING" },
  { status: "WAITING_SUPPLEMENT" },
  { status: "WAITING_FINANCIAL" },
];
const BACK_TO_HANDLING = { status: "IN_PROCESSING", step: "HANDLING" } as const;

/** Ending a dossier early closes whatever pause is open, so every pause has an end. */
function closeOpenPause(dossier: DossierMachineState): Effect[] {
  return dossier.openPauseKind === null ? [] : [{ type: "close_pause" }];
}

export const TRANSITIONS: TransitionTable = {
  // Online registration checked by the desk and accepted (valid receipt: the deadline starts now).
  receive: [
    {
      from: [{ status: "REGISTERED_ONLINE" }],
      actors: DESK,
      to: { status: "RECEIVED", step: null },
      effects: () => [{ type: "start_clock" }],
    },
  ],
  // Out of scope or not eligible: refusal with reasons (form 03).
  refuse: [{ from: [{ status: "REGISTERED_ONLINE" }], actors: DESK, to: { status: "REFUSED", step: null } }],
  // Desk → handling office, the first row of the process control slip (form 05).
  transfer: [
    {
      from: [{ status: "RECEIVED" }],
      actors: DESK,
      to: { status: "IN_PROCESSING", step: "AWAITING_ASSIGNMENT" },
      office: "commandTarget",
      assignee: "clear",
      effects: ({ actor, command }) => [
        { type: "handoff", fromOfficeId: actor.officeId, toOfficeId: command.toOfficeId },
      ],
    },
  ],
  // The head assigns an officer, or re-assigns while it is being handled.
  assign: [
    {
      from: [{ status: "IN_PROCESSING", steps: ["AWAITING_ASSIGNMENT", "HANDLING"] }],
      actors: HEAD,
      to: BACK_TO_HANDLING,
      assignee: "commandOfficer",
    },
  ],
  // Inter-office coordination: a new hand-off row; the receiving head assigns again.
  forward: [
    {
      from: HANDLING,
      actors: ASSIGNED_OFFICER,
      checks: ["noOpenPause"],
      to: { status: "IN_PROCESSING", step: "AWAITING_ASSIGNMENT" },
      office: "commandTarget",
      assignee: "clear",
      effects: ({ dossier, command }) => [
        { type: "handoff", fromOfficeId: dossier.handlingOfficeId, toOfficeId: command.toOfficeId, note: command.note },
      ],
    },
  ],
  // Supplement during processing: in writing, with reasons, only once (Nghị định 61/2018 Art. 16, carried into
  // Nghị định 118/2025); the clock pauses until the supplement arrives. Each office gets its one request.
  request_supplement: [
    {
      from: HANDLING,
      actors: ASSIGNED_OFFICER,
      checks: ["supplementOncePerOffice", "noOpenPause"],
      to: { status: "WAITING_SUPPLEMENT", step: null },
      effects: ({ actor, command }) => [
        { type: "open_pause", kind: "SUPPLEMENT", reason: command.reason },
        // inScope("assignee") guarantees the actor has an office here.
        { type: "record_supplement_request", officeId: actor.officeId ?? "" },
      ],
    },
  ],
  // Online intake, before receipt: the desk finds components missing or invalid and asks for them (form 02 delivered
  // online, Nghị định 61/2018 Art. 19 as replaced by Nghị định 118/2025). No pause: the statutory clock starts only
  // at valid receipt, so there is nothing to stop; the "once per office" rule is for supplements during processing.
  request_intake_supplement: [
    { from: [{ status: "REGISTERED_ONLINE" }], actors: DESK, to: { status: "WAITING_SUPPLEMENT", step: null } },
  ],
  // Supplement received at the desk, or online by the officer: the clock resumes (time spent still counts).
  // Never received (a supplement asked at online intake): back to the desk's queue, with no clock to resume.
  record_supplement: [
    {
      from: [{ status: "WAITING_SUPPLEMENT" }],
      actors: [...DESK, ...ASSIGNED_OFFICER],
      branch: "received",
      to: BACK_TO_HANDLING,
      effects: () => [{ type: "close_pause" }],
    },
    {
      from: [{ status: "WAITING_SUPPLEMENT" }],
      actors: DESK,
      branch: "notReceived",
      to: { status: "REGISTERED_ONLINE", step: null },
    },
  ],
  // Nghĩa vụ tài chính (taxes, fees): the clock pauses until the applicant has paid.
  request_financial: [
    {
      from: HANDLING,
      actors: ASSIGNED_OFFICER,
      checks: ["noOpenPause"],
      to: { status: "WAITING_FINANCIAL", step: null },
      effects: ({ command }) => [{ type: "open_pause", kind: "FINANCIAL", reason: command.reason }],
    },
  ],
  record_financial: [
    {
      from: [{ status: "WAITING_FINANCIAL" }],
      actors: [...DESK, ...ASSIGNED_OFFICER],
      to: BACK_TO_HANDLING,
      effects: () => [{ type: "close_pause" }],
    },
  ],
  // Xác minh: the dossier stays with the officer, only the clock pauses.
  start_verification: [
    {
      from: HANDLING,
      actors: ASSIGNED_OFFICER,
      checks: ["noOpenPause"],
      to: BACK_TO_HANDLING,
      effects: ({ command }) => [{ type: "open_pause", kind: "VERIFICATION", reason: command.reason }],
    },
  ],
  end_verification: [
    {
      from: HANDLING,
      actors: ASSIGNED_OFFICER,
      checks: ["verificationOpen"],
      to: BACK_TO_HANDLING,
      effects: () => [{ type: "close_pause" }],
    },
  ],
  submit_for_approval: [
    {
      from: HANDLING,
      actors: ASSIGNED_OFFICER,
      checks: ["noOpenPause"],
      to: { status: "IN_PROCESSING", step: "AWAITING_HEAD_APPROVAL" },
      effects: ({ command }) => [{ type: "propose_result", resultKind: command.resultKind }],
    },
  ],
  // The head signs, or passes it up when the procedure needs the unit's leadership to sign.
  approve: [
    {
      from: [{ status: "IN_PROCESSING", steps: ["AWAITING_HEAD_APPROVAL"] }],
      actors: HEAD,
      branch: "leadershipApproval",
      to: { status: "IN_PROCESSING", step: "AWAITING_LEADER_APPROVAL" },
    },
    {
      from: [{ status: "IN_PROCESSING", steps: ["AWAITING_HEAD_APPROVAL"] }],
      actors: HEAD,
      branch: "noLeadershipApproval",
      checks: ["hasProposedResult"],
      to: { status: "RESULT_READY", step: null },
      effects: ({ dossier }) => [{ type: "finish", resultKind: dossier.proposedResultKind ?? null }],
    },
    {
      from: [{ status: "IN_PROCESSING", steps: ["AWAITING_LEADER_APPROVAL"] }],
      actors: LEADER,
      checks: ["hasProposedResult"],
      to: { status: "RESULT_READY", step: null },
      effects: ({ dossier }) => [{ type: "finish", resultKind: dossier.proposedResultKind ?? null }],
    },
  ],
  send_back: [
    {
      from: [{ status: "IN_PROCESSING", steps: ["AWAITING_HEAD_APPROVAL"] }],
      actors: HEAD,
      to: BACK_TO_HANDLING,
      effects: () => [{ type: "propose_result", resultKind: null }],
    },
    {
      from: [{ status: "IN_PROCESSING", steps: ["AWAITING_LEADER_APPROVAL"] }],
      actors: LEADER,
      to: BACK_TO_HANDLING,
      effects: () => [{ type: "propose_result", resultKind: null }],
    },
  ],
  // At the applicant's request, from any open state (Thông tư 03/2025, form 05).
  withdraw: [
    {
      from: [{ status: "REGISTERED_ONLINE" }, { status: "RECEIVED" }, ...IN_PROCESSING_OR_WAITING],
      actors: DESK,
      to: { status: "WITHDRAWN", step: null },
      effects: ({ dossier }) => [...closeOpenPause(dossier), { type: "finish", resultKind: null }],
    },
  ],
  stop: [
    {
      from: IN_PROCESSING_OR_WAITING,
      actors: [...HEAD, ...LEADER],
      to: { status: "STOPPED", step: null },
      effects: ({ dossier }) => [...closeOpenPause(dossier), { type: "finish", resultKind: null }],
    },
  ],
  return_result: [
    {
      from: [{ status: "RESULT_READY" }],
      actors: DESK,
      to: { status: "RETURNED", step: null },
      effects: ({ command }) => [{ type: "returned", method: command.method }],
    },
  ],
};

// ─── Interpreter ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface DecideOptions {
  /** Office names for messages, e.g. { "off_123": "Phòng Tư pháp" }. */
  officeNames?: Readonly<Record<string, string>>;
}

function rowsOf<K extends DossierCommandType>(type: K): readonly TransitionRow<K>[] {
  return TRANSITIONS[type] as readonly TransitionRow<K>[];
}

function matchesState(ref: StateRef, dossier: DossierMachineState): boolean {
  if (ref.status !== dossier.status) return false;
  if (ref.steps === undefined) return true;
  return dossier.processingStep !== null && ref.steps.includes(dossier.processingStep);
}

function branchHolds(branch: Branch | undefined, dossier: DossierMachineState): boolean {
  switch (branch) {
    case undefined:
      return true;
    case "leadershipApproval":
      return dossier.leadershipApproval;
    case "noLeadershipApproval":
      return !dossier.leadershipApproval;
    case "received":
      return dossier.received !== false;
    case "notReceived":
      return dossier.received === false;
  }
}

function actorFits(row: TransitionRow<DossierCommandType>, dossier: DossierMachineState, actor: Actor): boolean {
  return row.actors.some((rule) => rule.role === actor.role && inScope(rule.scope, dossier, actor));
}

function fail(code: DecisionError["code"], message: string): { ok: false; error: DecisionError } {
  return { ok: false, error: { code, message } };
}

function forbidden(type: DossierCommandType, dossier: DossierMachineState, actor: Actor): DecisionError {
  const label = COMMAND_LABELS[type];
  if (!roleActsOnDossiers(actor.role)) {
    return {
      code: "FORBIDDEN",
      message: `Vai trò «${ROLE_LABELS[actor.role]}» chỉ được xem, không thực hiện thao tác xử lý hồ sơ.`,
    };
  }
  const rulesForRole = rowsOf(type).flatMap((row) => row.actors.filter((rule) => rule.role === actor.role));
  const firstRule = rulesForRole[0];
  if (firstRule === undefined) {
    return {
      code: "FORBIDDEN",
      message: `Xin lỗi, vai trò «${ROLE_LABELS[actor.role]}» không được thực hiện thao tác «${label}».`,
    };
  }
  const failing = rulesForRole.find((rule) => !inScope(rule.scope, dossier, actor)) ?? firstRule;
  return {
    code: "FORBIDDEN",
    message: `Xin lỗi, không thể «${label}»: ${lowerFirst(OUT_OF_SCOPE_MESSAGES[failing.scope])}`,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function invalidState(type: DossierCommandType, dossier: DossierMachineState): DecisionError {
  const label = COMMAND_LABELS[type];
  if (isTerminalStatus(dossier.status)) {
    return {
      code: "INVALID_STATE",
      message: `Hồ sơ đã kết thúc (${DOSSIER_STATUS_LABELS[dossier.status]}); không thể «${label}».`,
    };
  }
  return {
    code: "INVALID_STATE",
    message: `Không thể «${label}» khi hồ sơ đang ở trạng thái «${statusWithStepLabel(dossier.status, dossier.processingStep)}».`,
  };
}

function checkError(
  check: Check,
  type: DossierCommandType,
  dossier: DossierMachineState,
  actor: Actor,
  options: DecideOptions,
): DecisionError | null {
  const label = COMMAND_LABELS[type];
  switch (check) {
    case "noOpenPause":
      if (dossier.openPauseKind === null) return null;
      return {
        code: "PAUSE_OPEN",
        message:
          dossier.openPauseKind === "VERIFICATION"
            ? `Hồ sơ đang tạm dừng để xác minh; xin vui lòng kết thúc xác minh trước khi thực hiện «${label}».`
            : `Hồ sơ đang tạm dừng («${PAUSE_KIND_LABELS[dossier.openPauseKind]}»); xin vui lòng kết thúc lần tạm dừng này trước khi thực hiện «${label}».`,
      };
    case "verificationOpen":
      return dossier.openPauseKind === "VERIFICATION"
        ? null
        : { code: "INVALID_STATE", message: "Hồ sơ không trong thời gian xác minh nên không có gì để kết thúc." };
    case "supplementOncePerOffice": {
      const officeId = actor.officeId;
      if (officeId === null || !dossier.supplementRequestOfficeIds.includes(officeId)) return null;
      const office = options.officeNames?.[officeId] ?? "Phòng của ông/bà";
      return {
        code: "SUPPLEMENT_ALREADY_REQUESTED",
        message: `${office} đã yêu cầu bổ sung hồ sơ này một lần; theo quy định chỉ được yêu cầu bổ sung một lần.`,
      };
    }
    case "hasProposedResult":
      return dossier.proposedResultKind === undefined || dossier.proposedResultKind === null
        ? {
            code: "INVALID_STATE",
            message:
              "Hồ sơ chưa có đề xuất kết quả (giải quyết hay từ chối); xin vui lòng trả lại để chuyên viên trình lại.",
          }
        : null;
  }
}

type Resolution = { ok: true; row: TransitionRow<DossierCommandType> } | { ok: false; error: DecisionError };

/** Steps 1–3 of `decide`: who, from where, and the row's own rules. Input is not looked at. */
function resolve(
  dossier: DossierMachineState,
  actor: Actor,
  type: DossierCommandType,
  options: DecideOptions,
): Resolution {
  const rows = rowsOf(type) as readonly TransitionRow<DossierCommandType>[];
  const usable = rows.filter((row) => actorFits(row, dossier, actor));
  if (usable.length === 0) return { ok: false, error: forbidden(type, dossier, actor) };

  const row = usable.find((r) => r.from.some((ref) => matchesState(ref, dossier)) && branchHolds(r.branch, dossier));
  if (row === undefined) return { ok: false, error: invalidState(type, dossier) };

  for (const check of row.checks ?? []) {
    const error = checkError(check, type, dossier, actor, options);
    if (error !== null) return { ok: false, error };
  }
  return { ok: true, row };
}

/** Semantic input rules that need the dossier (the shape is checked by the zod schema). */
function inputError(dossier: DossierMachineState, command: DossierCommand): DecisionError | null {
  if (command.type === "forward" && command.toOfficeId === dossier.handlingOfficeId) {
    return { code: "INVALID_INPUT", message: "Hồ sơ đang ở phòng này; xin vui lòng chọn một phòng khác để chuyển." };
  }
  if (command.type === "assign" && command.officerId === dossier.assigneeId) {
    return { code: "INVALID_INPUT", message: "Hồ sơ đã được phân công cho cán bộ này." };
  }
  if (command.type === "return_result") {
    const refusal = returnMethodRefusal(
      command.method,
      dossier.returnFacts ?? { postalReturnRequested: false, electronicResultIssued: false },
    );
    if (refusal !== null) return { code: "INVALID_INPUT", message: refusal };
  }
  return null;
}

function nextState(
  row: TransitionRow<DossierCommandType>,
  dossier: DossierMachineState,
  command: DossierCommand,
): NextState {
  const handlingOfficeId =
    row.office === "commandTarget" && "toOfficeId" in command ? command.toOfficeId : dossier.handlingOfficeId;
  let assigneeId = dossier.assigneeId;
  if (row.assignee === "clear") assigneeId = null;
  if (row.assignee === "commandOfficer" && "officerId" in command) assigneeId = command.officerId;
  return { status: row.to.status, processingStep: row.to.step, handlingOfficeId, assigneeId };
}

/**
 * Decides one command: the next status/step/office/assignee and what else to write, or why not. Pure: the caller
 * loads the dossier, calls this, and writes the result under optimistic concurrency (Dossier.version).
 */
export function decide(
  dossier: DossierMachineState,
  actor: Actor,
  command: DossierCommand,
  options: DecideOptions = {},
): Decision {
  const resolution = resolve(dossier, actor, command.type, options);
  if (!resolution.ok) return resolution;

  const parsed = dossierCommandSchema.safeParse(command);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail("INVALID_INPUT", first?.message ?? "Thông tin nhập chưa hợp lệ; xin vui lòng kiểm tra lại.");
  }
  const valid: DossierCommand = parsed.data;
  const semantic = inputError(dossier, valid);
  if (semantic !== null) return { ok: false, error: semantic };

  const row = resolution.row;
  const effects = row.effects?.({ dossier, actor, command: valid }) ?? [];
  return { ok: true, next: nextState(row, dossier, valid), effects, eventType: valid.type, command: valid };
}

/** The commands this actor may use on this dossier now (input aside): show only these buttons. */
export function availableCommands(dossier: DossierMachineState, actor: Actor): DossierCommandType[] {
  return DOSSIER_COMMAND_TYPES.filter((type) => resolve(dossier, actor, type, {}).ok);
}

/** Whether this actor has anything to do on this dossier now. */
export function canAct(dossier: DossierMachineState, actor: Actor): boolean {
  return availableCommands(dossier, actor).length > 0;
}

/**
 * The machine state after a successful decision, with its effects applied (pause opened/closed, supplement
 * request remembered, proposed result kept). For in-memory use: simulations, tests, optimistic UI.
 */
export function applyDecision(
  dossier: DossierMachineState,
  decision: Extract<Decision, { ok: true }>,
): DossierMachineState {
  let { openPauseKind, proposedResultKind } = dossier;
  let supplementRequestOfficeIds = dossier.supplementRequestOfficeIds;
  let received = dossier.received;
  for (const effect of decision.effects) {
    if (effect.type === "start_clock") received = true;
    if (effect.type === "open_pause") openPauseKind = effect.kind;
    if (effect.type === "close_pause") openPauseKind = null;
    if (effect.type === "propose_result") proposedResultKind = effect.resultKind;
    if (effect.type === "record_supplement_request" && !supplementRequestOfficeIds.includes(effect.officeId)) {
      supplementRequestOfficeIds = [...supplementRequestOfficeIds, effect.officeId];
    }
  }
  return {
    ...dossier,
    ...decision.next,
    openPauseKind,
    proposedResultKind,
    supplementRequestOfficeIds,
    ...(received === undefined ? {} : { received }),
  };
}
