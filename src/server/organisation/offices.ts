import "server-only";
// Commands on a unit's offices (phòng, bộ phận; the one-stop desk is the office of kind RECEPTION) and on the desk's
// counters (quầy). One transaction each, audited; only offices of units in the administrator's province. An office
// with active staff is not deactivated (they would keep a desk that receives nothing); counters belong to a desk.
import type {
  CreateCounterInput,
  CreateOfficeInput,
  EditCounterInput,
  EditOfficeInput,
  SetCounterActiveInput,
  SetOfficeActiveInput,
} from "@/domain/organisation";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { recordAudit } from "@/server/data/audit";
import { managedOrganisationIds } from "@/server/data/organisation";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";
import type { OrganisationActor } from "./units";

type Tx = Prisma.TransactionClient;

const OUTSIDE = "Phòng, bộ phận này không thuộc phạm vi quản trị của bạn.";

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

async function managedOffice(tx: Tx, actor: OrganisationActor, officeId: string) {
  const office = await tx.office.findUnique({
    where: { id: officeId },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      active: true,
      unitId: true,
      unit: { select: { code: true } },
    },
  });
  if (!office || !(await managedOrganisationIds(actor, tx)).has(office.unitId))
    throw new UserFacingError(OUTSIDE, { officeId: [OUTSIDE] });
  return office;
}

export async function createOffice(input: CreateOfficeInput, actor: OrganisationActor, client: PrismaClient = db) {
  try {
    return await client.$transaction(async (tx) => {
      if (!(await managedOrganisationIds(actor, tx)).has(input.unitId))
        throw new UserFacingError("Đơn vị này không thuộc phạm vi quản trị của bạn.", {
          unitId: ["Xin chọn đơn vị khác."],
        });
      const office = await tx.office.create({
        data: { unitId: input.unitId, code: input.code, name: input.name, kind: input.kind },
        select: { id: true, code: true, unit: { select: { code: true } } },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "organisation.create_office",
          entity: "Office",
          entityId: `${office.unit.code}/${office.code}`,
          detail: { name: input.name, kind: input.kind },
        },
        tx,
      );
      return { id: office.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const message = `Đơn vị đã có phòng, bộ phận mã ${input.code}.`;
      throw new UserFacingError(message, { code: [message] });
    }
    throw error;
  }
}

export async function editOffice(input: EditOfficeInput, actor: OrganisationActor, client: PrismaClient = db) {
  return client.$transaction(async (tx) => {
    const before = await managedOffice(tx, actor, input.officeId);
    if (
      before.kind === "RECEPTION" &&
      input.kind !== "RECEPTION" &&
      (await tx.counter.count({ where: { officeId: before.id, active: true } })) > 0
    )
      throw new UserFacingError("Bộ phận Một cửa còn quầy đang hoạt động; xin ngừng các quầy trước khi đổi loại.", {
        kind: ["Còn quầy đang hoạt động."],
      });
    await tx.office.update({ where: { id: before.id }, data: { name: input.name, kind: input.kind } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "organisation.update_office",
        entity: "Office",
        entityId: `${before.unit.code}/${before.code}`,
        detail: { before: { name: before.name, kind: before.kind }, after: { name: input.name, kind: input.kind } },
      },
      tx,
    );
    return { id: before.id };
  });
}

export async function setOfficeActive(
  input: SetOfficeActiveInput,
  actor: OrganisationActor,
  client: PrismaClient = db,
) {
  return client.$transaction(async (tx) => {
    const before = await managedOffice(tx, actor, input.officeId);
    if (!input.active) {
      const staff = await tx.user.count({ where: { officeId: before.id, active: true } });
      if (staff > 0)
        throw new UserFacingError(
          `${before.name} còn ${staff} tài khoản đang hoạt động; xin chuyển hoặc khóa các tài khoản đó trước khi ngừng hoạt động.`,
        );
    }
    await tx.office.update({ where: { id: before.id }, data: { active: input.active } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "organisation.set_office_active",
        entity: "Office",
        entityId: `${before.unit.code}/${before.code}`,
        detail: { active: input.active },
      },
      tx,
    );
    return { id: before.id, active: input.active };
  });
}

const counterTaken = (number: number) => {
  const message = `Quầy số ${number} đã có ở bộ phận này.`;
  return new UserFacingError(message, { number: [message] });
};

export async function createCounter(input: CreateCounterInput, actor: OrganisationActor, client: PrismaClient = db) {
  try {
    return await client.$transaction(async (tx) => {
      const office = await managedOffice(tx, actor, input.officeId);
      if (office.kind !== "RECEPTION")
        throw new UserFacingError("Quầy tiếp nhận chỉ thuộc Bộ phận Một cửa (bộ phận tiếp nhận).", {
          officeId: ["Xin chọn Bộ phận Một cửa."],
        });
      const counter = await tx.counter.create({
        data: { officeId: office.id, number: input.number, name: input.name, fieldCodes: input.fieldCodes },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "organisation.create_counter",
          entity: "Counter",
          entityId: `${office.unit.code}/${office.code}/${input.number}`,
          detail: { name: input.name, fieldCodes: input.fieldCodes },
        },
        tx,
      );
      return counter;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw counterTaken(input.number);
    throw error;
  }
}

async function managedCounter(tx: Tx, actor: OrganisationActor, counterId: string) {
  const counter = await tx.counter.findUnique({ where: { id: counterId } });
  if (!counter) throw new UserFacingError("Không tìm thấy quầy.", { counterId: ["Không tìm thấy quầy."] });
  const office = await managedOffice(tx, actor, counter.officeId);
  return { counter, office };
}

export async function editCounter(input: EditCounterInput, actor: OrganisationActor, client: PrismaClient = db) {
  try {
    return await client.$transaction(async (tx) => {
      const { counter, office } = await managedCounter(tx, actor, input.counterId);
      await tx.counter.update({
        where: { id: counter.id },
        data: { number: input.number, name: input.name, fieldCodes: input.fieldCodes },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "organisation.update_counter",
          entity: "Counter",
          entityId: `${office.unit.code}/${office.code}/${input.number}`,
          detail: {
            before: { number: counter.number, name: counter.name, fieldCodes: counter.fieldCodes },
            after: { number: input.number, name: input.name, fieldCodes: input.fieldCodes },
          },
        },
        tx,
      );
      return { id: counter.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw counterTaken(input.number);
    throw error;
  }
}

export async function setCounterActive(
  input: SetCounterActiveInput,
  actor: OrganisationActor,
  client: PrismaClient = db,
) {
  return client.$transaction(async (tx) => {
    const { counter, office } = await managedCounter(tx, actor, input.counterId);
    await tx.counter.update({ where: { id: counter.id }, data: { active: input.active } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "organisation.set_counter_active",
        entity: "Counter",
        entityId: `${office.unit.code}/${office.code}/${counter.number}`,
        detail: { active: input.active },
      },
      tx,
    );
    return { id: counter.id, active: input.active };
  });
}
