import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpSmsProvider } from "./sms-http";
import { DeliveryError, type OutgoingMessage } from "./types";

// A local gateway on 127.0.0.1 whose answer each test picks through the recipient.
const received: { headers: http.IncomingHttpHeaders; body: unknown }[] = [];
const server = http.createServer((request, response) => {
  let raw = "";
  request.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
  request.on("end", () => {
    const body = JSON.parse(raw) as { to: string };
    received.push({ headers: request.headers, body });
    const reply = (status: number, payload: string) =>
      response.writeHead(status, { "content-type": "application/json" }).end(payload);
    switch (body.to) {
      case "ok":
        return reply(202, JSON.stringify({ messageId: "gw-123" }));
      case "ok-empty":
        return reply(200, "");
      case "bad-number":
        return reply(400, JSON.stringify({ error: "invalid number 0987654321" }));
      case "busy":
        return reply(503, "service unavailable");
      case "slow":
        return void setTimeout(() => reply(200, "{}"), 1_000);
      default:
        return reply(500, "?");
    }
  });
});

let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const message = (to: string): OutgoingMessage => ({
  notificationId: "ntf_1",
  channel: "SMS",
  recipient: to,
  subject: null,
  body: "Hồ sơ đã có kết quả. Xin cảm ơn!",
});
const provider = () => createHttpSmsProvider({ url, token: "secret-token", timeoutMs: 200 });

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe("HTTP SMS gateway adapter", () => {
  it("posts {to, text, clientRef} with the bearer token and accepts a 2xx", async () => {
    await expect(provider().send(message("ok"))).resolves.toEqual({ providerMessageId: "gw-123" });
    const last = received.at(-1)!;
    expect(last.body).toEqual({ to: "ok", text: "Hồ sơ đã có kết quả. Xin cảm ơn!", clientRef: "ntf_1" });
    expect(last.headers.authorization).toBe("Bearer secret-token");
    expect(last.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("falls back to the notification id when the gateway returns no id", async () => {
    await expect(provider().send(message("ok-empty"))).resolves.toEqual({ providerMessageId: "sms:ntf_1" });
  });

  it("treats a 4xx as permanent, without the number in the error", async () => {
    const error = await failure(provider().send(message("bad-number")));
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/^SMS gateway HTTP 400/);
    expect(error.message).not.toContain("0987654321");
  });

  it("treats a 5xx as retryable", async () => {
    const error = await failure(provider().send(message("busy")));
    expect(error.retryable).toBe(true);
    expect(error.message).toBe("SMS gateway HTTP 503: service unavailable");
  });

  it("gives up after the timeout, retryably", async () => {
    const error = await failure(provider().send(message("slow")));
    expect(error.retryable).toBe(true);
    expect(error.message).toBe("SMS gateway: no answer within 200 ms");
  });

  it("treats a refused connection as retryable", async () => {
    const closed = createHttpSmsProvider({ url: "http://127.0.0.1:1/sms", token: "t", timeoutMs: 500 });
    const error = await failure(closed.send(message("ok")));
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/^SMS gateway unreachable/);
  });
});
