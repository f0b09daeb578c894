-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "OfficeKind" AS ENUM ('RECEPTION', 'DEPARTMENT', 'LEADERSHIP');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'LEADERSHIP', 'DEPARTMENT_HEAD', 'OFFICER', 'RECEPTIONIST', 'INSPECTOR');

-- CreateEnum
CREATE TYPE "DurationUnit" AS ENUM ('WORKING_DAYS', 'WORKING_HOURS', 'SAME_DAY');

-- CreateEnum
CREATE TYPE "OnlineServiceClass" AS ENUM ('FULL', 'PARTIAL', 'NONE');

-- CreateEnum
CREATE TYPE "DocumentForm" AS ENUM ('ORIGINAL', 'COPY', 'CERTIFIED_COPY');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('DIRECT', 'ONLINE', 'POSTAL');

-- CreateEnum
CREATE TYPE "DossierStatus" AS ENUM ('REGISTERED_ONLINE', 'RECEIVED', 'REFUSED', 'IN_PROCESSING', 'WAITING_SUPPLEMENT', 'WAITING_FINANCIAL', 'WITHDRAWN', 'STOPPED', 'RESULT_READY', 'RETURNED');

-- CreateEnum
CREATE TYPE "ProcessingStep" AS ENUM ('AWAITING_ASSIGNMENT', 'HANDLING', 'AWAITING_HEAD_APPROVAL', 'AWAITING_LEADER_APPROVAL');

-- CreateEnum
CREATE TYPE "ResultKind" AS ENUM ('GRANTED', 'DENIED');

-- CreateEnum
CREATE TYPE "Timeliness" AS ENUM ('EARLY', 'ON_TIME', 'LATE');

-- CreateEnum
CREATE TYPE "ApplicantKind" AS ENUM ('CITIZEN', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "PauseKind" AS ENUM ('SUPPLEMENT', 'FINANCIAL', 'VERIFICATION');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'MAKEUP_WORKDAY');

-- CreateTable
CREATE TABLE "AdministrativeUnit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kindLabel" TEXT NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "parentId" TEXT,
    "address" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdministrativeUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Office" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OfficeKind" NOT NULL DEFAULT 'DEPARTMENT',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "title" TEXT,
    "role" "Role" NOT NULL,
    "unitId" TEXT NOT NULL,
    "officeId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Field" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Field_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fieldId" TEXT NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureVersion" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "announcementDecision" TEXT,
    "durationValue" INTEGER NOT NULL,
    "durationUnit" "DurationUnit" NOT NULL,
    "feeAmount" INTEGER NOT NULL DEFAULT 0,
    "feeNote" TEXT,
    "handlingOfficeCode" TEXT NOT NULL,
    "onlineLevel" INTEGER NOT NULL,
    "onlineClass" "OnlineServiceClass" NOT NULL,
    "postalAllowed" BOOLEAN NOT NULL DEFAULT false,
    "leadershipApproval" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcedureVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureDocument" (
    "id" TEXT NOT NULL,
    "procedureVersionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "form" "DocumentForm" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "optional" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ProcedureDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dossier" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "procedureVersionId" TEXT NOT NULL,
    "fieldId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "receivedUnitId" TEXT NOT NULL,
    "decidingUnitId" TEXT NOT NULL,
    "handlingOfficeId" TEXT,
    "receivedById" TEXT,
    "assigneeId" TEXT,
    "applicantKind" "ApplicantKind" NOT NULL DEFAULT 'CITIZEN',
    "applicantName" TEXT NOT NULL,
    "applicantIdNumber" TEXT NOT NULL,
    "applicantPhone" TEXT NOT NULL,
    "applicantEmail" TEXT,
    "applicantAddress" TEXT NOT NULL,
    "trackingKey" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3),
    "appointmentAt" TIMESTAMP(3),
    "calendarRevision" INTEGER,
    "appointmentNote" TEXT,
    "finishedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "status" "DossierStatus" NOT NULL,
    "processingStep" "ProcessingStep",
    "resultKind" "ResultKind",
    "timeliness" "Timeliness",
    "feeAmount" INTEGER NOT NULL DEFAULT 0,
    "feePaidOnline" BOOLEAN NOT NULL DEFAULT false,
    "digitised" BOOLEAN NOT NULL DEFAULT false,
    "dataReused" BOOLEAN NOT NULL DEFAULT false,
    "electronicResult" BOOLEAN NOT NULL DEFAULT false,
    "postalReturn" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierEvent" (
    "id" BIGSERIAL NOT NULL,
    "dossierId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "type" TEXT NOT NULL,
    "fromStatus" "DossierStatus",
    "toStatus" "DossierStatus",
    "reason" TEXT,
    "payload" JSONB,

    CONSTRAINT "DossierEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierPause" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "kind" "PauseKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "requestedByOfficeId" TEXT,
    "requestedById" TEXT,
    "endedById" TEXT,

    CONSTRAINT "DossierPause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierHandoff" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "fromOfficeId" TEXT,
    "toOfficeId" TEXT NOT NULL,
    "fromUserId" TEXT,
    "toUserId" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "timeliness" "Timeliness",
    "note" TEXT,

    CONSTRAINT "DossierHandoff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierDocument" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "form" "DocumentForm" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "received" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DossierDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierCodeSequence" (
    "unitId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "lastValue" INTEGER NOT NULL,

    CONSTRAINT "DossierCodeSequence_pkey" PRIMARY KEY ("unitId","day")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "notice" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeHours" (
    "weekday" INTEGER NOT NULL,
    "morningStart" TEXT,
    "morningEnd" TEXT,
    "afternoonStart" TEXT,
    "afternoonEnd" TEXT,

    CONSTRAINT "OfficeHours_pkey" PRIMARY KEY ("weekday")
);

-- CreateTable
CREATE TABLE "CalendarRevision" (
    "revision" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "note" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "CalendarRevision_pkey" PRIMARY KEY ("revision")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT,
    "entityId" TEXT,
    "detail" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AdministrativeUnit_code_key" ON "AdministrativeUnit"("code");

-- CreateIndex
CREATE INDEX "AdministrativeUnit_parentId_idx" ON "AdministrativeUnit"("parentId");

-- CreateIndex
CREATE INDEX "AdministrativeUnit_level_idx" ON "AdministrativeUnit"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Office_unitId_code_key" ON "Office"("unitId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_unitId_role_idx" ON "User"("unitId", "role");

-- CreateIndex
CREATE INDEX "User_officeId_role_idx" ON "User"("officeId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Field_code_key" ON "Field"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_code_key" ON "Procedure"("code");

-- CreateIndex
CREATE INDEX "Procedure_fieldId_idx" ON "Procedure"("fieldId");

-- CreateIndex
CREATE INDEX "Procedure_level_active_idx" ON "Procedure"("level", "active");

-- CreateIndex
CREATE INDEX "ProcedureVersion_procedureId_effectiveFrom_idx" ON "ProcedureVersion"("procedureId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureVersion_procedureId_version_key" ON "ProcedureVersion"("procedureId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureDocument_procedureVersionId_position_key" ON "ProcedureDocument"("procedureVersionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_code_key" ON "Dossier"("code");

-- CreateIndex
CREATE INDEX "Dossier_receivedUnitId_status_appointmentAt_idx" ON "Dossier"("receivedUnitId", "status", "appointmentAt");

-- CreateIndex
CREATE INDEX "Dossier_decidingUnitId_status_appointmentAt_idx" ON "Dossier"("decidingUnitId", "status", "appointmentAt");

-- CreateIndex
CREATE INDEX "Dossier_handlingOfficeId_status_appointmentAt_idx" ON "Dossier"("handlingOfficeId", "status", "appointmentAt");

-- CreateIndex
CREATE INDEX "Dossier_assigneeId_status_appointmentAt_idx" ON "Dossier"("assigneeId", "status", "appointmentAt");

-- CreateIndex
CREATE INDEX "Dossier_receivedUnitId_receivedAt_idx" ON "Dossier"("receivedUnitId", "receivedAt");

-- CreateIndex
CREATE INDEX "Dossier_decidingUnitId_finishedAt_idx" ON "Dossier"("decidingUnitId", "finishedAt");

-- CreateIndex
CREATE INDEX "Dossier_procedureId_receivedAt_idx" ON "Dossier"("procedureId", "receivedAt");

-- CreateIndex
CREATE INDEX "Dossier_applicantIdNumber_idx" ON "Dossier"("applicantIdNumber");

-- CreateIndex
CREATE INDEX "DossierEvent_dossierId_at_idx" ON "DossierEvent"("dossierId", "at");

-- CreateIndex
CREATE INDEX "DossierEvent_actorId_at_idx" ON "DossierEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "DossierPause_dossierId_startedAt_idx" ON "DossierPause"("dossierId", "startedAt");

-- CreateIndex
CREATE INDEX "DossierHandoff_toOfficeId_completedAt_idx" ON "DossierHandoff"("toOfficeId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DossierHandoff_dossierId_sequence_key" ON "DossierHandoff"("dossierId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "DossierDocument_dossierId_position_key" ON "DossierDocument"("dossierId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarDay_date_key" ON "CalendarDay"("date");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_action_at_idx" ON "AuditEntry"("action", "at");

-- AddForeignKey
ALTER TABLE "AdministrativeUnit" ADD CONSTRAINT "AdministrativeUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AdministrativeUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "Field"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureVersion" ADD CONSTRAINT "ProcedureVersion_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureDocument" ADD CONSTRAINT "ProcedureDocument_procedureVersionId_fkey" FOREIGN KEY ("procedureVersionId") REFERENCES "ProcedureVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_procedureVersionId_fkey" FOREIGN KEY ("procedureVersionId") REFERENCES "ProcedureVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "Field"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_receivedUnitId_fkey" FOREIGN KEY ("receivedUnitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_decidingUnitId_fkey" FOREIGN KEY ("decidingUnitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_handlingOfficeId_fkey" FOREIGN KEY ("handlingOfficeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_receivedById_fkey" FOREIGN KEY ("receivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierPause" ADD CONSTRAINT "DossierPause_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierPause" ADD CONSTRAINT "DossierPause_requestedByOfficeId_fkey" FOREIGN KEY ("requestedByOfficeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierHandoff" ADD CONSTRAINT "DossierHandoff_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierHandoff" ADD CONSTRAINT "DossierHandoff_fromOfficeId_fkey" FOREIGN KEY ("fromOfficeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierHandoff" ADD CONSTRAINT "DossierHandoff_toOfficeId_fkey" FOREIGN KEY ("toOfficeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierHandoff" ADD CONSTRAINT "DossierHandoff_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierHandoff" ADD CONSTRAINT "DossierHandoff_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierDocument" ADD CONSTRAINT "DossierDocument_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierCodeSequence" ADD CONSTRAINT "DossierCodeSequence_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Append-only history: the dossier history and the audit log can be written once and never changed or removed,
-- whatever the application code does (Nghị định 118/2025: every step of a dossier is traceable).
CREATE FUNCTION motcua_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Bảng % chỉ cho phép ghi thêm: không được sửa hoặc xoá lịch sử (% bị từ chối)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "DossierEvent_append_only" BEFORE UPDATE OR DELETE ON "DossierEvent"
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_history_change();
CREATE TRIGGER "DossierEvent_no_truncate" BEFORE TRUNCATE ON "DossierEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_history_change();
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION motcua_refuse_history_change();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_refuse_history_change();
