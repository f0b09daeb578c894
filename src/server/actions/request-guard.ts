// What Next.js refuses about a server-action request before defineAction runs, answered here with a 4xx and a clear
// message instead of the 500 Next.js gives (it throws, and its action handler turns every error into a 500):
// - a foreign Origin (CSRF): 403. Next.js compares the Origin's host with X-Forwarded-Host, else Host, and throws;
//   this is the same comparison, made first;
// - a body over the size limit (ACTION_BODY_LIMIT_BYTES, or UPLOAD_BODY_LIMIT_BYTES on the pages whose forms carry
//   files, the figure next.config.js gives Next.js: a unit test checks they agree): 413 from the declared
//   Content-Length; a streamed body
//   without a length (chunked) gets 411, since its size is unknown until it has been read.
// Only POST requests to pages come here (src/proxy.ts skips /api and static files): on a page, POST means an action.
// And for every request, pages and route handlers alike (refuseMalformedUrl): a path or query whose percent-encoding
// is not UTF-8 ("%FF", "%C0%80") or that carries a control character, U+FFFD or a bidi control is answered 400 here.
// Next.js answers a path segment it cannot decode with a bare 500 on route handlers, and the rest would reach our
// parsers or PostgreSQL (which refuses NUL); the message names the problem (src/lib/text-input.ts).
// No "server-only": the proxy imports it.
import { TEXT_PROBLEM_MESSAGES, textProblem } from "@/lib/text-input";

/** The largest action body: our biggest form (intake with its checklist) is a few kilobytes. */
export const ACTION_BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The largest body of a form that carries files: the online submission's documents (src/features/online-submission)
 * and the answer to a supplement request on the tracking page. Next.js is given this figure (bodySizeLimit and
 * proxyClientMaxBodySize in next.config.js; a unit test checks they agree), and this guard keeps every other page at
 * ACTION_BODY_LIMIT_BYTES, so only these two pages accept large bodies.
 */
export const UPLOAD_BODY_LIMIT_BYTES = 50 * 1024 * 1024;
const UPLOAD_PAGES: readonly RegExp[] = [
  /^\/thu-tuc\/[^/]+\/nop-truc-tuyen$/,
  /^\/tra-cuu$/,
  // The staff dossier page: the desk's scanned components and the signed result (src/features/digitisation, e-result).
  /^\/ho-so\/[^/]+-\d{6}-\d{4,}$/,
  // The catalogue import (a .xlsx or .json file of the whole catalogue; the action caps it at 5 MB).
  /^\/quan-tri\/thu-tuc\/nhap$/,
  // The PAR Index self-assessment: evidence files (src/features/par-evaluation).
  /^\/lanh-dao\/chi-so-cchc\/[^/]+$/,
  // A PAR Index criteria set's page: its spreadsheet import (src/features/par-criteria; the action caps it at 2 MB).
  /^\/noi-vu\/chi-so-cchc\/bo-tieu-chi\/[^/]+$/,
];

/** The body limit of an action posted to this page. */
export const actionBodyLimit = (pathname: string): number =>
  UPLOAD_PAGES.some((page) => page.test(pathname)) ? UPLOAD_BODY_LIMIT_BYTES : ACTION_BODY_LIMIT_BYTES;

const MESSAGES = {
  foreignOrigin:
    "Yêu cầu bị từ chối vì được gửi từ một trang web khác. Xin vui lòng mở lại cổng một cửa và thao tác trực tiếp trên trang.",
  tooLarge: "Nội dung gửi lên quá lớn nên không được tiếp nhận. Xin vui lòng rút gọn nội dung và gửi lại.",
  lengthRequired:
    "Yêu cầu thiếu độ dài nội dung nên không được tiếp nhận. Xin vui lòng gửi lại từ biểu mẫu trên trang.",
};

function refuse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The host Next.js compares the Origin with: the first X-Forwarded-Host, else Host. */
function serverHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

function originHost(origin: string): string | null {
  if (origin === "null") return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

const BAD_ENCODING = "Địa chỉ có ký tự không hợp lệ (mã hóa sai). Xin vui lòng kiểm tra lại đường dẫn.";

/** A 400 answer for a URL no link of ours produces (see above); null to let it through. */
export function refuseMalformedUrl(url: string): Response | null {
  const { pathname, search } = new URL(url);
  const pieces = [
    ...pathname.split("/"),
    ...search
      .slice(1)
      .split(/[&=]/)
      .map((piece) => piece.replace(/\+/g, " ")),
  ];
  for (const piece of pieces) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(piece);
    } catch {
      return refuse(400, BAD_ENCODING);
    }
    const problem = textProblem(decoded, { multiline: true });
    if (problem) return refuse(400, TEXT_PROBLEM_MESSAGES[problem]);
  }
  return null;
}

/** A 403/411/413 answer for a POST to a page that Next.js would refuse with a 500; null to let it through. */
export function refuseActionRequest(request: Request): Response | null {
  if (request.method !== "POST") return null;
  const origin = request.headers.get("origin");
  // No Origin: not a browser's cross-site request (browsers send it on every POST); Next.js lets it through too.
  if (origin !== null) {
    const host = serverHost(request.headers);
    if (!host || originHost(origin) !== host) return refuse(403, MESSAGES.foreignOrigin);
  }
  const length = request.headers.get("content-length");
  if (length === null) {
    return request.headers.has("transfer-encoding") ? refuse(411, MESSAGES.lengthRequired) : null;
  }
  if (!/^\d{1,15}$/.test(length)) return refuse(400, MESSAGES.lengthRequired);
  if (Number(length) > actionBodyLimit(new URL(request.url).pathname)) return refuse(413, MESSAGES.tooLarge);
  return null;
}
