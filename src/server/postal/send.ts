// Sending one order to the post, and reading what happened to accepted parcels. Network failures, time-outs, 5xx
// and garbled answers are retried by the queue; a refusal (wrong key, invalid field, Status other than "100") is
// final: the order is FAILED with the post's message, for the desk to see and send again once fixed.
import { readOrderAnswer, POSTAL_EVENT_TYPES } from "@/domain/postal";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { PostalSettings } from "./settings";
import { markAccepted, markDelivered } from "./shipments";

export type SendOutcome =
  { kind: "accepted" } | { kind: "skipped" } | { kind: "retry"; error: string } | { kind: "failed"; error: string };

const errorText = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

async function postJson(settings: PostalSettings, url: string, body: unknown) {
  return fetch(url, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(settings.POSTAL_API_KEY ? { "x-api-key": settings.POSTAL_API_KEY } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(settings.POSTAL_TIMEOUT_MS),
  });
}

/**
 * Marks the order FAILED (unless it moved on meanwhile), with the reason and a history row for the desk. With
 * `requestedAt`, only that request: a dead letter arriving after the desk sent the order again leaves the new one be.
 */
export async function markOrderFailed(
  db: PrismaClient,
  shipmentId: string,
  error: string,
  now = new Date(),
  requestedAt?: Date,
) {
  await db.$transaction(async (tx) => {
    const moved = await tx.postalShipment.updateManyAndReturn({
      where: { id: shipmentId, status: "REQUESTED", NOT: { waybill: "" }, ...(requestedAt ? { requestedAt } : {}) },
      data: { status: "FAILED", lastError: error.slice(0, 500) },
      select: { dossierId: true, waybill: true },
    });
    const shipment = moved[0];
    if (!shipment) return;
    await tx.dossierEvent.create({
      data: {
        dossierId: shipment.dossierId,
        at: now,
        type: POSTAL_EVENT_TYPES.failed,
        reason: `Chưa gửi được yêu cầu chuyển phát sang bưu điện (mã vận đơn ${shipment.waybill}): ${error}`.slice(
          0,
          1000,
        ),
        payload: { waybill: shipment.waybill },
      },
    });
  });
}

/** One try at sending the shipment's order. `finalAttempt`: a retryable failure is FAILED instead. */
export async function sendOrder(
  db: PrismaClient,
  settings: PostalSettings,
  shipmentId: string,
  { finalAttempt = false, now = () => new Date() } = {},
): Promise<SendOutcome> {
  const shipment = await db.postalShipment.findUnique({
    where: { id: shipmentId },
    select: { status: true, waybill: true, requestMessage: true, direction: true },
  });
  if (!shipment || shipment.direction !== "OUTBOUND" || shipment.status !== "REQUESTED" || !shipment.waybill)
    return { kind: "skipped" };

  const retry = async (error: string): Promise<SendOutcome> => {
    await db.postalShipment.update({
      where: { id: shipmentId },
      data: { attempts: { increment: 1 }, lastError: error.slice(0, 500) },
    });
    if (finalAttempt) {
      await markOrderFailed(db, shipmentId, `${error} (hết số lần thử lại)`, now());
      return { kind: "failed", error };
    }
    return { kind: "retry", error };
  };

  if (!settings.POSTAL_ENDPOINT_URL) return retry("Chưa cấu hình địa chỉ dịch vụ bưu chính (POSTAL_ENDPOINT_URL).");
  let response: Response;
  let body: unknown;
  try {
    response = await postJson(settings, settings.POSTAL_ENDPOINT_URL, shipment.requestMessage);
    const text = await response.text();
    try {
      body = JSON.parse(text);
    } catch {
      body = text.slice(0, 500);
    }
  } catch (error) {
    return retry(`Không kết nối được dịch vụ bưu chính: ${errorText(error)}`);
  }
  if (response.status >= 500 || response.status === 429)
    return retry(`Dịch vụ bưu chính trả lỗi HTTP ${response.status}.`);
  const answer = readOrderAnswer(body);
  if (answer.kind === "accepted" && response.ok) {
    await db.$transaction((tx) => markAccepted(tx, shipmentId, body as Prisma.InputJsonValue, now()));
    return { kind: "accepted" };
  }
  if (answer.kind === "garbled" && response.ok) return retry(answer.message);
  const error =
    answer.kind === "refused"
      ? `Bưu điện từ chối (mã ${answer.status}): ${answer.message || "không rõ lý do"}`
      : `Bưu điện từ chối yêu cầu (HTTP ${response.status}).`;
  await db.postalShipment.update({
    where: { id: shipmentId },
    data: { attempts: { increment: 1 }, responseMessage: body as Prisma.InputJsonValue },
  });
  await markOrderFailed(db, shipmentId, error, now());
  return { kind: "failed", error };
}

/**
 * Asks the post about accepted parcels (GET <endpoint>/<waybill> → {Status, State, DeliveredAt}) and records the
 * delivered ones. The stand-in answers this; a post that pushes status callbacks instead would call markDelivered.
 */
export async function trackShipments(db: PrismaClient, settings: PostalSettings): Promise<{ delivered: number }> {
  if (!settings.POSTAL_ENDPOINT_URL) return { delivered: 0 };
  const open = await db.postalShipment.findMany({
    where: { direction: "OUTBOUND", status: { in: ["ACCEPTED", "HANDED_OVER"] } },
    select: { id: true, waybill: true },
    take: 500,
  });
  let delivered = 0;
  for (const shipment of open) {
    try {
      const response = await postJson(
        settings,
        `${settings.POSTAL_ENDPOINT_URL.replace(/\/$/, "")}/${encodeURIComponent(shipment.waybill)}`,
        undefined,
      );
      if (!response.ok) continue;
      const body = (await response.json()) as { Status?: unknown; State?: unknown; DeliveredAt?: unknown };
      if (String(body.Status) !== "100" || body.State !== "DELIVERED") continue;
      const at = typeof body.DeliveredAt === "string" ? new Date(body.DeliveredAt) : new Date();
      const when = Number.isNaN(at.getTime()) ? new Date() : at;
      if (await db.$transaction((tx) => markDelivered(tx, shipment.id, when))) delivered += 1;
    } catch {
      // the next poll asks again
    }
  }
  return { delivered };
}
