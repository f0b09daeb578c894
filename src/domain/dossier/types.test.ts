import { describe, expect, it } from "vitest";
// Type-only and erased at runtime: the one place the domain looks at Prisma, to prove our unions are its enums.
// eslint-disable-next-line no-restricted-imports
import type * as Prisma from "@/generated/prisma/enums";
import {
  CHANNEL_LABELS,
  DOCUMENT_FORM_LABELS,
  DOSSIER_STATUS_LABELS,
  PAUSE_KIND_LABELS,
  PROCESSING_STEP_LABELS,
  RESULT_KIND_LABELS,
  ROLE_LABELS,
  statusWithStepLabel,
} from "./labels";
import { FINISHED_STATUSES, isFinishingStatus, isOpenStatus, isTerminalStatus } from "./status-groups";
import {
  DOSSIER_STATUSES,
  initialStatusFor,
  type ApplicantKind,
  type Channel,
  type DocumentForm,
  type DossierStatus,
  type PauseKind,
  type ProcessingStep,
  type ResultKind,
  type Role,
} from "./types";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(_: T): void {}

describe("our string unions are exactly Prisma's enums", () => {
  it("compiles (tsc checks these lines)", () => {
    assertType<Equal<DossierStatus, Prisma.DossierStatus>>(true);
    assertType<Equal<ProcessingStep, Prisma.ProcessingStep>>(true);
    assertType<Equal<Role, Prisma.Role>>(true);
    assertType<Equal<PauseKind, Prisma.PauseKind>>(true);
    assertType<Equal<ResultKind, Prisma.ResultKind>>(true);
    assertType<Equal<Channel, Prisma.Channel>>(true);
    assertType<Equal<DocumentForm, Prisma.DocumentForm>>(true);
    assertType<Equal<ApplicantKind, Prisma.ApplicantKind>>(true);
    expect(true).toBe(true);
  });
});

describe("status groups", () => {
  it("every status is open, result-ready or terminal, exactly once", () => {
    for (const status of DOSSIER_STATUSES) {
      const groups = [isOpenStatus(status), status === "RESULT_READY", isTerminalStatus(status)].filter(Boolean);
      expect(groups, status).toHaveLength(1);
    }
  });

  it("finishing statuses are result ready, withdrawn and stopped", () => {
    expect([...FINISHED_STATUSES].sort()).toEqual(["RESULT_READY", "STOPPED", "WITHDRAWN"]);
    expect(isFinishingStatus("RETURNED")).toBe(false);
    expect(isFinishingStatus("REFUSED")).toBe(false);
  });

  it("an online registration waits for the desk; desk and postal intake are received at once", () => {
    expect(initialStatusFor("ONLINE")).toBe("REGISTERED_ONLINE");
    expect(initialStatusFor("DIRECT")).toBe("RECEIVED");
    expect(initialStatusFor("POSTAL")).toBe("RECEIVED");
  });
});

describe("labels", () => {
  it("use the national portal's wording", () => {
    expect(DOSSIER_STATUS_LABELS.WAITING_SUPPLEMENT).toBe("Yêu cầu bổ sung giấy tờ");
    expect(DOSSIER_STATUS_LABELS.RESULT_READY).toBe("Đã xử lý xong");
    expect(statusWithStepLabel("IN_PROCESSING", "AWAITING_ASSIGNMENT")).toBe("Đang xử lý – Chờ phân công");
    expect(statusWithStepLabel("RECEIVED", null)).toBe("Được tiếp nhận");
  });

  it("are non-empty for every value", () => {
    for (const labels of [
      DOSSIER_STATUS_LABELS,
      PROCESSING_STEP_LABELS,
      ROLE_LABELS,
      PAUSE_KIND_LABELS,
      DOCUMENT_FORM_LABELS,
      CHANNEL_LABELS,
      RESULT_KIND_LABELS,
    ]) {
      for (const text of Object.values(labels)) expect(text.trim().length).toBeGreaterThan(1);
    }
  });
});
