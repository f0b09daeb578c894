// The portal's production web server (`npm start`; `npm run demo` and the e2e suite run it too): Next.js through its
// documented custom-server API, with one addition. Before Next.js sees a request, the client's address is settled
// from the socket and the X-Forwarded-For entries of the TRUSTED_PROXY_HOPS proxies in front of the portal, and
// written into the internal header CLIENT_ADDRESS_HEADER (a copy sent by the client is overwritten), because Next.js
// gives pages, actions and route handlers no socket and keeps a client-supplied X-Forwarded-For. The per-address rate
// limits key on that header (src/server/rate-limit.ts). `npm run dev` keeps `next dev`.
//
// Settings: PORT (3000; it listens on all interfaces, as `next start` does), TRUSTED_PROXY_HOPS (required;
// docs/deployment.md). NODE_ENV=production, DATABASE_URL, AUTH_SECRET, APP_URL as for the app (src/server/env.ts).
import http from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxyHops, resolveClientAddress } from "@/server/client-address";
import { installPublicPageCache, loopbackRenderer, PublicPageCache, RENDER_HEADER } from "@/server/public-page-cache";

const root = path.resolve(import.meta.dirname, "../..");

async function main() {
  const trusted = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
  if (!trusted.ok) throw new Error(trusted.message);
  // A production build is served; `npm start` without NODE_ENV means production, as `next start` does.
  (process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
  const port = Number(process.env.PORT ?? 3000);

  const app = next({ dev: false, dir: root, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // The anonymous public pages from memory (src/server/public-page-cache.ts), rendered by this server over loopback
  // with a fixed host (the portal's own, never a visitor's Host header).
  const loopback = loopbackRenderer(
    port,
    process.env.APP_URL ? new URL(process.env.APP_URL).host : `127.0.0.1:${port}`,
  );
  const publicPages = new PublicPageCache({ render: loopback.render });
  installPublicPageCache(publicPages);

  const server = http.createServer((request, response) => {
    const address = resolveClientAddress({
      socketAddress: request.socket.remoteAddress,
      forwardedFor: request.headers["x-forwarded-for"],
      trustedHops: trusted.hops,
    });
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    // Whatever else reads X-Forwarded-For (Next.js fills it only when absent) sees the same settled address.
    request.headers["x-forwarded-for"] = address;
    const pass = () => handle(request, response);
    const rendering = request.headers[RENDER_HEADER] === loopback.token;
    delete request.headers[RENDER_HEADER];
    (rendering ? pass() : publicPages.serve(request, response).then((served) => (served ? undefined : pass()))).catch(
      (error: unknown) => {
        console.error("[motcua] request failed:", error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      },
    );
  });
  // Idle keep-alive connections stay open longer than a client or proxy keeps them (nginx, load balancers: 60 s), so
  // the client always closes first: Node's 5 s default lets a request race a close and fail with "other side closed".
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, () => {
    console.log(`[motcua] web server listening on port ${port} (trusted proxy hops: ${trusted.hops})`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), 10_000).unref();
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error("[motcua] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
