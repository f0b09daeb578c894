import "server-only";
// The API's interactive reference page (/api/v1/reference): Swagger UI, served from our own node_modules
// (swagger-ui-dist), so it works with no internet access, reading /api/v1/openapi.json (whose title is the page's
// heading). It is a route handler's page, not a Next.js page, with a policy of its own: scripts only from this origin
// (the bundle and a small start script; no inline script, no eval), styles from this origin plus the inline styles
// Swagger UI's components set, connections only to this origin ("Try it out" calls the API here), never framed.
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";

export const REFERENCE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** What the page loads: two files of swagger-ui-dist and our start script, by the name in the URL. */
const ASSETS = {
  "swagger-ui.css": { file: "swagger-ui.css", type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": { file: "swagger-ui-bundle.js", type: "text/javascript; charset=utf-8" },
  "start.js": { file: null, type: "text/javascript; charset=utf-8" },
} as const;
export type ReferenceAsset = keyof typeof ASSETS;
export const REFERENCE_ASSETS = Object.keys(ASSETS) as ReferenceAsset[];

const START_SCRIPT = `// Starts Swagger UI on the document of this server.
window.addEventListener("DOMContentLoaded", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    defaultModelsExpandDepth: 0,
    displayOperationId: true,
  });
});
`;

const cache = new Map<ReferenceAsset, Promise<string>>();

function assetText(name: ReferenceAsset): Promise<string> {
  const known = cache.get(name);
  if (known) return known;
  const { file } = ASSETS[name];
  const loaded = file
    ? readFile(createRequire(import.meta.url).resolve(/* turbopackIgnore: true */ `swagger-ui-dist/${file}`), "utf8")
    : Promise.resolve(START_SCRIPT);
  cache.set(name, loaded);
  return loaded;
}

/** One asset of the page with its type, cached a day by browsers (its content changes only with the package). */
export async function referenceAsset(name: ReferenceAsset): Promise<Response> {
  return new Response(await assetText(name), {
    headers: {
      "Content-Type": ASSETS[name].type,
      "Cache-Control": "public, max-age=86400",
      "Content-Security-Policy": REFERENCE_CONTENT_SECURITY_POLICY,
    },
  });
}

export function referencePage(): Response {
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MotCua API — Tài liệu tham khảo</title>
<link rel="stylesheet" href="/api/v1/reference/swagger-ui.css">
</head>
<body>
<main>
<p style="font-family: sans-serif; margin: 1rem 1.25rem 0">Tài liệu tham khảo API của MotCua (OpenAPI 3.1). Tài liệu gốc: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p>
<div id="swagger-ui"></div>
</main>
<script src="/api/v1/reference/swagger-ui-bundle.js"></script>
<script src="/api/v1/reference/start.js"></script>
</body>
</html>
`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "Content-Security-Policy": REFERENCE_CONTENT_SECURITY_POLICY,
    },
  });
}
