"use server";
// The postal service's actions: the desk's steps on a result parcel (handed to the postman; an order sent again)
// and the administrator's waybill pool (customer code, a range of numbers, revoking one). Each in one transaction
// with its audit row; scope: the desk's own unit, the units the administrator manages.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ACTION_ROLES } from "@/domain/access";
import { rangeNumbers, waybillRangeShape } from "@/domain/postal";
import { requiredText } from "@/lib/text-input";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { addWaybills, revokeWaybill } from "@/server/postal/pool";
import { managedUnitIds } from "@/server/postal/read";
import { handOverShipment, requestShipmentAgain } from "@/server/postal/shipments";

const shipmentInput = z.object({ shipmentId: z.cuid({ error: "Bưu gửi không hợp lệ." }) });
const unitId = z.cuid({ error: "Xin vui lòng chọn đơn vị." });

async function deskStep(
  kind: "hand_over" | "request_again",
  shipmentId: string,
  user: { id: string; unitId: string },
): Promise<{ waybill: string }> {
  const { code, waybill } = await db.$transaction(async (tx) => {
    const step = { shipmentId, actorId: user.id, unitId: user.unitId, now: new Date() };
    const done = kind === "hand_over" ? await handOverShipment(tx, step) : await requestShipmentAgain(tx, step);
    const dossier = await tx.dossier.findUniqueOrThrow({ where: { id: done.dossierId }, select: { code: true } });
    await recordAudit(
      {
        actorId: user.id,
        action: kind === "hand_over" ? "postal.hand_over" : "postal.request_again",
        entity: "Dossier",
        entityId: dossier.code,
        detail: { waybill: done.waybill },
      },
      tx,
    );
    return { code: dossier.code, waybill: done.waybill };
  });
  revalidatePath(`/ho-so/${code}`);
  return { waybill };
}

/** "Đã giao bưu gửi cho bưu điện": the handover time of an accepted order. */
export const handOverShipmentAction = defineAction({
  roles: ACTION_ROLES.postalDesk,
  input: shipmentInput,
  run: ({ shipmentId }, user) => deskStep("hand_over", shipmentId, user),
});

/** "Gửi lại yêu cầu chuyển phát": a FAILED order again, or a CANCELLED one as a new order with a new waybill. */
export const requestShipmentAgainAction = defineAction({
  roles: ACTION_ROLES.postalDesk,
  input: shipmentInput,
  run: ({ shipmentId }, user) => deskStep("request_again", shipmentId, user),
});

async function managedUnit(user: { unitId: string }, id: string) {
  if (!(await managedUnitIds(user)).includes(id))
    throw new UserFacingError("Đơn vị này không thuộc phạm vi quản trị của bạn.", {
      unitId: ["Xin vui lòng chọn đơn vị."],
    });
  return db.administrativeUnit.findUniqueOrThrow({ where: { id }, select: { id: true, code: true } });
}

const customerCode = requiredText(2, 50, {
  required: "Xin vui lòng nhập mã khách hàng bưu chính.",
  min: "Mã khách hàng từ 2 đến 50 ký tự.",
  max: "Mã khách hàng từ 2 đến 50 ký tự.",
}).refine((value) => /^[A-Za-z0-9._-]+$/.test(value), {
  error: "Mã khách hàng chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -",
});

export const setPostalCustomerCodeAction = defineAction({
  roles: ACTION_ROLES.postalAdmin,
  input: z.object({ unitId, customerCode }),
  run: async (input, user) => {
    const unit = await managedUnit(user, input.unitId);
    await db.$transaction(async (tx) => {
      await tx.administrativeUnit.update({ where: { id: unit.id }, data: { postalCustomerCode: input.customerCode } });
      await recordAudit(
        { actorId: user.id, action: "postal.set_customer_code", entity: "AdministrativeUnit", entityId: unit.code },
        tx,
      );
    });
    revalidatePath("/quan-tri/van-don");
    return { unitId: unit.id };
  },
});

export const addWaybillRangeAction = defineAction({
  roles: ACTION_ROLES.postalAdmin,
  input: z
    .object({ unitId, ...waybillRangeShape })
    .transform((value, ctx) => ({ unitId: value.unitId, first: value.first, numbers: rangeNumbers(value, ctx) })),
  run: async (input, user) => {
    const unit = await managedUnit(user, input.unitId);
    const result = await db.$transaction(async (tx) => {
      const added = await addWaybills(tx, unit.id, input.numbers);
      await recordAudit(
        {
          actorId: user.id,
          action: "postal.add_waybills",
          entity: "AdministrativeUnit",
          entityId: unit.code,
          detail: { first: input.first, count: input.numbers.length, added: added.added },
        },
        tx,
      );
      return added;
    });
    revalidatePath("/quan-tri/van-don");
    return result;
  },
});

export const revokeWaybillAction = defineAction({
  roles: ACTION_ROLES.postalAdmin,
  input: z.object({ waybillId: z.cuid({ error: "Số vận đơn không hợp lệ." }) }),
  run: async ({ waybillId }, user) => {
    const units = await managedUnitIds(user);
    const waybill = await db.postalWaybill.findUnique({
      where: { id: waybillId },
      select: { unitId: true, unit: { select: { code: true } } },
    });
    if (!waybill || !units.includes(waybill.unitId))
      throw new UserFacingError("Không tìm thấy số vận đơn này trong kho của các đơn vị bạn quản trị.");
    const revoked = await db.$transaction(async (tx) => {
      const done = await revokeWaybill(tx, waybill.unitId, waybillId);
      await recordAudit(
        {
          actorId: user.id,
          action: "postal.revoke_waybill",
          entity: "AdministrativeUnit",
          entityId: waybill.unit.code,
          detail: { number: done.number, kind: done.kind },
        },
        tx,
      );
      return done;
    });
    revalidatePath("/quan-tri/van-don");
    return { number: revoked.number };
  },
});
