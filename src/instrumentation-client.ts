// Runs in the browser before the app's own code (Next.js instrumentation-client). Zod compiles fast object parsers
// with `new Function` and first probes whether eval is allowed; under the portal's Content-Security-Policy (no
// 'unsafe-eval': src/server/content-security-policy.ts) that probe is refused and reported as a violation on every
// page with a client-side schema. Zod's documented `jitless` setting skips both the probe and the compilation.
import { z } from "zod";

z.config({ jitless: true });
