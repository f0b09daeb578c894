// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/** @type {import("next").NextConfig} */
// HTTPS only, for two years, once a browser has seen the portal over HTTPS in production (ignored over plain HTTP, so
// `npm run demo` on http://localhost is unaffected). Development never sends it.
const production = process.env.NODE_ENV === "production";
const strictTransportSecurity = production
  ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
  : [];

const nextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 for signed-in users without the right role.
  experimental: {
    authInterrupts: true,
    // Server actions: the body limit is UPLOAD_BODY_LIMIT_BYTES of src/server/actions/request-guard.ts (50 MB, for
    // the forms that carry files; a unit test checks the figures agree); src/proxy.ts enforces it first, and the
    // 256 KiB ACTION_BODY_LIMIT_BYTES on every other page, with a 413 instead of Next.js's 500. The proxy's body
    // buffer gets the same figure: beyond it Next.js would pass on a silently truncated body. Only the portal's own
    // origin may call actions (no allowedOrigins): a foreign Origin is refused with a 403 there.
    serverActions: { bodySizeLimit: "50mb" },
    proxyClientMaxBodySize: "50mb",
  },
  // Type checking and lint run in `npm test`, not again inside `next build`.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          ...strictTransportSecurity,
        ],
      },
      // Pages get their Content-Security-Policy with a nonce from src/proxy.ts; route handlers (PDFs, exports) are
      // not run through it, and may still never be framed. The REST API's reference page (/api/v1/reference and its
      // files) sets a whole policy of its own (src/server/api/reference.ts), which a header here would replace.
      {
        source: "/api/:path((?!v1/reference).*)",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
