import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT_BYTES,
  actionBodyLimit,
  refuseActionRequest,
  refuseMalformedUrl,
  UPLOAD_BODY_LIMIT_BYTES,
} from "./request-guard";

const post = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/tiep-nhan/moi", { method: "POST", headers });

describe("refuseActionRequest: what Next.js would answer 500, answered 4xx first", () => {
  it("lets the portal's own form posts and every GET through", () => {
    expect(refuseActionRequest(new Request("http://127.0.0.1:3000/thu-tuc"))).toBeNull();
    expect(
      refuseActionRequest(post({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "content-length": "900" })),
    ).toBeNull();
    // Behind a proxy that forwards the public host (docs/deployment.md).
    expect(
      refuseActionRequest(
        post({ host: "10.0.0.5:3000", "x-forwarded-host": "motcua.example.vn", origin: "https://motcua.example.vn" }),
      ),
    ).toBeNull();
    expect(refuseActionRequest(post({ host: "127.0.0.1:3000", "content-length": "10" }))).toBeNull();
  });

  it("403 for a foreign or opaque Origin, with a Vietnamese message", async () => {
    for (const origin of ["https://evil.example", "null", "http://127.0.0.1:3001", "not a url"]) {
      const answer = refuseActionRequest(post({ host: "127.0.0.1:3000", origin, "content-length": "10" }));
      expect(answer?.status, origin).toBe(403);
      expect(await answer?.text()).toContain("trang web khác");
    }
  });

  it("413 over the limit, 411 for a body of unknown length, 400 for a malformed length", async () => {
    const base = { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" };
    const over = refuseActionRequest(post({ ...base, "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }));
    expect(over?.status).toBe(413);
    expect(await over?.text()).toContain("quá lớn");
    expect(refuseActionRequest(post({ ...base, "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(refuseActionRequest(post({ ...base, "transfer-encoding": "chunked" }))?.status).toBe(411);
    expect(refuseActionRequest(post({ ...base, "content-length": "0x10" }))?.status).toBe(400);
  });

  it("accepts larger bodies only on the pages whose forms carry files", () => {
    const at = (path: string, length: number) =>
      refuseActionRequest(
        new Request(`http://127.0.0.1:3000${path}`, {
          method: "POST",
          headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "content-length": String(length) },
        }),
      )?.status ?? 200;
    expect(actionBodyLimit("/thu-tuc/1.001193/nop-truc-tuyen")).toBe(UPLOAD_BODY_LIMIT_BYTES);
    expect(actionBodyLimit("/tra-cuu")).toBe(UPLOAD_BODY_LIMIT_BYTES);
    expect(actionBodyLimit("/ho-so/LLO-260423-0007")).toBe(UPLOAD_BODY_LIMIT_BYTES);
    for (const path of [
      "/tiep-nhan/moi",
      "/thu-tuc/1.001193",
      "/thu-tuc/1.001193/nop-truc-tuyen/da-nop",
      "/ho-so-cua-toi",
      "/ho-so/danh-sach",
      "/ho-so",
    ])
      expect(actionBodyLimit(path), path).toBe(ACTION_BODY_LIMIT_BYTES);
    expect(at("/thu-tuc/1.001193/nop-truc-tuyen", 6 * 1024 * 1024)).toBe(200);
    expect(at("/thu-tuc/1.001193/nop-truc-tuyen", UPLOAD_BODY_LIMIT_BYTES + 1)).toBe(413);
    expect(at("/tiep-nhan/moi", 6 * 1024 * 1024)).toBe(413);
  });

  it("gives Next.js the upload limit (actions and the proxy's body buffer), so it never refuses or cuts what this accepts", async () => {
    const configFile = "../../../next.config.js";
    const { default: config } = (await import(configFile)) as {
      default: { experimental?: { serverActions?: { bodySizeLimit?: string }; proxyClientMaxBodySize?: string } };
    };
    const megabytes = (value: string | undefined) => Number(/^(\d+)mb$/.exec(value ?? "")?.[1]) * 1024 * 1024;
    expect(megabytes(config.experimental?.serverActions?.bodySizeLimit)).toBe(UPLOAD_BODY_LIMIT_BYTES);
    expect(megabytes(config.experimental?.proxyClientMaxBodySize)).toBe(UPLOAD_BODY_LIMIT_BYTES);
  });
});

describe("refuseMalformedUrl: a URL no link of ours produces", () => {
  it("400 for percent-encoding that is not UTF-8, and for control, replacement and bidi characters", async () => {
    for (const url of [
      "/api/pdf/phieu/%FF",
      "/x/%C0%80",
      "/thu-tuc?q=%00",
      "/thu-tuc?q=a%EF%BF%BDb",
      "/x?%E2%80%AE=1",
    ]) {
      const answer = refuseMalformedUrl(`http://127.0.0.1:3000${url}`);
      expect(answer?.status, url).toBe(400);
      expect(await answer?.text(), url).toMatch(/không hợp lệ|Xin vui lòng/);
    }
  });

  it("lets Vietnamese text, spaces as +, and ordinary links through", () => {
    for (const url of [
      "/thu-tuc?q=k%E1%BA%BFt+h%C3%B4n",
      "/ho-so/LLO-260423-0007",
      "/tra-cuu?ma=A&xac-thuc=1234",
      "/",
    ]) {
      expect(refuseMalformedUrl(`http://127.0.0.1:3000${url}`), url).toBeNull();
    }
  });
});
