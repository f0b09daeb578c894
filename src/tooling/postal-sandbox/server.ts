// A stand-in for the public postal service's order API, for the demo and the tests: a small node:http server that
// speaks the same protocol as the real endpoint (ONLINE-SERVICES.md, "Public postal service"): POST an order
// {CustomerCode, ItemCode, OrderNumber, CODAmount, Sender…, Receiver…, Description} with the `x-api-key` header,
// answered {Status, Message} with "100" = accepted; GET <endpoint>/<ItemCode> for the parcel's state. It validates
// every field with the protocol's schema and the key, and can be told to fail (down, refuse, garbled answers) so the
// retries and dead letters run for real. Control routes under /sandbox/ deliver a parcel or set a failure.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readBody, sendJson } from "@/tooling/sandbox-http";
import { ORDER_ACCEPTED, postalOrderSchema, type PostalOrder } from "@/domain/postal";

export type FailureMode = "none" | "down" | "refuse" | "garbled";

export interface SandboxOrder {
  order: PostalOrder;
  state: "ACCEPTED" | "DELIVERED";
  receivedAt: Date;
  deliveredAt: Date | null;
}

export interface PostalSandboxOptions {
  apiKey: string;
  port?: number;
  host?: string;
}

export interface PostalSandbox {
  /** The order endpoint (POSTAL_ENDPOINT_URL). */
  endpoint: string;
  orders: Map<string, SandboxOrder>;
  /** Every order request received, accepted or not (tests count retries). */
  requests: number;
  /** Fail the next `count` order requests (Infinity: until told otherwise) in this way. */
  fail(mode: FailureMode, count?: number): void;
  deliver(itemCode: string, at?: Date): boolean;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

export async function startPostalSandbox(options: PostalSandboxOptions): Promise<PostalSandbox> {
  const orders = new Map<string, SandboxOrder>();
  let failure: { mode: FailureMode; remaining: number } = { mode: "none", remaining: 0 };

  const sandbox: PostalSandbox = {
    endpoint: "",
    orders,
    requests: 0,
    fail(mode, count = Number.POSITIVE_INFINITY) {
      failure = { mode, remaining: mode === "none" ? 0 : count };
    },
    deliver(itemCode, at = new Date()) {
      const order = orders.get(itemCode);
      if (!order) return false;
      order.state = "DELIVERED";
      order.deliveredAt = at;
      return true;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const handleOrder = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    sandbox.requests += 1;
    const body = await readBody(request, MAX_BODY);
    if (failure.remaining > 0) {
      failure.remaining -= 1;
      const mode = failure.mode;
      if (failure.remaining === 0) failure = { mode: "none", remaining: 0 };
      if (mode === "down") return sendJson(response, 503, { Status: "503", Message: "Hệ thống tạm ngừng" });
      if (mode === "garbled") {
        response.writeHead(200, { "content-type": "text/html" });
        return response.end("<html><body>Bảo trì</body></html>");
      }
      if (mode === "refuse")
        return sendJson(response, 200, { Status: "199", Message: "Từ chối theo cấu hình thử nghiệm" });
    }
    if (request.headers["x-api-key"] !== options.apiKey)
      return sendJson(response, 401, { Status: "401", Message: "Sai khóa API (x-api-key)" });
    if (body === null) return sendJson(response, 413, { Status: "413", Message: "Yêu cầu quá lớn" });
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return sendJson(response, 400, { Status: "101", Message: "Nội dung không phải JSON" });
    }
    const parsed = postalOrderSchema.safeParse(json);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".")))].join(", ");
      return sendJson(response, 400, { Status: "102", Message: `Thiếu hoặc sai trường: ${fields}` });
    }
    const order = parsed.data;
    const existing = orders.get(order.ItemCode);
    if (existing && existing.order.OrderNumber !== order.OrderNumber)
      return sendJson(response, 200, {
        Status: "103",
        Message: `Số vận đơn ${order.ItemCode} đã được dùng cho đơn khác`,
      });
    // The same order again (a retry whose answer was lost) is accepted once more, not twice.
    if (!existing) orders.set(order.ItemCode, { order, state: "ACCEPTED", receivedAt: new Date(), deliveredAt: null });
    return sendJson(response, 200, {
      Status: ORDER_ACCEPTED,
      Message: "Tiếp nhận yêu cầu thành công",
      ItemCode: order.ItemCode,
    });
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://sandbox");
    const path = url.pathname.replace(/\/$/, "");
    void (async () => {
      try {
        if (request.method === "GET" && path === "/health") return sendJson(response, 200, { ok: true });
        if (request.method === "POST" && path === "/api/orders") return await handleOrder(request, response);
        const state = /^\/api\/orders\/([A-Z0-9]{6,20})$/.exec(path);
        if (request.method === "GET" && state) {
          if (request.headers["x-api-key"] !== options.apiKey)
            return sendJson(response, 401, { Status: "401", Message: "Sai khóa API (x-api-key)" });
          const order = orders.get(state[1]!);
          if (!order) return sendJson(response, 404, { Status: "104", Message: "Không có bưu gửi này" });
          return sendJson(response, 200, {
            Status: ORDER_ACCEPTED,
            ItemCode: state[1],
            State: order.state,
            DeliveredAt: order.deliveredAt?.toISOString() ?? null,
          });
        }
        const deliver = /^\/sandbox\/orders\/([A-Z0-9]{6,20})\/deliver$/.exec(path);
        if (request.method === "POST" && deliver)
          return sendJson(response, sandbox.deliver(deliver[1]!) ? 200 : 404, { ok: orders.has(deliver[1]!) });
        if (request.method === "POST" && path === "/sandbox/failure") {
          const mode = (url.searchParams.get("mode") ?? "none") as FailureMode;
          if (!["none", "down", "refuse", "garbled"].includes(mode)) return sendJson(response, 400, { ok: false });
          const count = Number(url.searchParams.get("count") ?? "Infinity");
          sandbox.fail(mode, Number.isNaN(count) ? Number.POSITIVE_INFINITY : count);
          return sendJson(response, 200, { ok: true, mode });
        }
        return sendJson(response, 404, { Status: "404", Message: "Không có địa chỉ này" });
      } catch (error) {
        sendJson(response, 500, { Status: "500", Message: String(error) });
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  sandbox.endpoint = `http://${options.host ?? "127.0.0.1"}:${port}/api/orders`;
  return sandbox;
}
