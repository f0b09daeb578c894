// The few HTTP pieces the stand-in servers (post, national portal) share: a JSON answer and a size-capped body.
import type http from "node:http";

/** Answers with a JSON body, unless the answer already went (a timed-out request's late answer is dropped). */
export function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

/** The request body as text, or null when it is longer than `limit` bytes. */
export async function readBody(request: http.IncomingMessage, limit: number): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
