// Where a visitor may be sent back to after logging in (or any other redirect whose target comes from input): a path
// of this site only, never another origin (no open redirect). The one check for every such target: the login page
// and action, requireUser's returnTo, the proxy's callbackUrl and Auth.js's redirect callback.

// A fixed origin nobody owns (.invalid is reserved, RFC 6761): relative targets are resolved against it, and anything
// that resolves elsewhere names another origin.
const BASE = new URL("http://motcua.invalid");

/** Longest target accepted: staff paths with their query strings are far shorter. */
const MAX_LENGTH = 2048;

// C0 controls, DEL, C1 controls, and every kind of whitespace (browsers strip tabs and newlines from URLs, and some
// treat a backslash as a slash, so "/\tevil" or "/\evil" can become "//evil", another host).
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\s\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

/** Percent-decodes until stable (a few rounds: "%252F" is "%2F" is "/"); undefined for malformed escapes. */
function decodeFully(value: string): string | undefined {
  let current = value;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    if (next === current) return current;
    current = next;
  }
  return /%[0-9a-f]{2}/i.test(current) ? undefined : current;
}

/** A path that would leave the site once a browser, or a server, has read it loosely. */
const leavesOrigin = (path: string) => !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\");

/**
 * The same-origin path `value` names ("/ho-so/ABC?trang=2"), normalised by the WHATWG URL parser, or null when it is
 * anything else: another origin ("//evil", "https:evil", "javascript:…"), a backslash, a control character or
 * whitespace (raw or percent-encoded: "/%5Cevil", "/%09/evil", "/%2F%2Fevil"), or malformed.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || leavesOrigin(value)) return null;
  if (value.includes("\\") || CONTROL_OR_SPACE.test(value)) return null;

  // The path (before "?" or "#") is where a second origin could hide: decoded, it must still be a plain path. The
  // query may carry encoded spaces (a search), but no control characters.
  const cut = value.search(/[?#]/);
  const rawPath = cut === -1 ? value : value.slice(0, cut);
  const rawRest = cut === -1 ? "" : value.slice(cut);
  const path = decodeFully(rawPath);
  const rest = decodeFully(rawRest);
  if (path === undefined || rest === undefined) return null;
  if (leavesOrigin(path) || path.includes("\\") || CONTROL_OR_SPACE.test(path) || CONTROL.test(rest)) return null;

  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE.origin || url.username || url.password) return null;
  // Dot segments collapse during parsing ("/.//evil" becomes "//evil"): check the result, not only the input.
  const result = url.pathname + url.search + url.hash;
  if (leavesOrigin(result)) return null;
  const resultPath = decodeFully(url.pathname);
  if (resultPath === undefined || leavesOrigin(resultPath) || resultPath.includes("\\")) return null;
  return result;
}
