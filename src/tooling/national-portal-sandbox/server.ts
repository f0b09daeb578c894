// A stand-in for the national public-service portal's sync services (Cổng DVCQG), for the demo and the tests: a
// node:http server speaking the protocol of ONLINE-SERVICES.md "National portal sync". It
// - validates every DongBoHoSoMC / CapNhatTienDoHoSoMC request against the field list and the code lists
//   (src/domain/national-portal: the same schemas the sender is typed by) and answers {error_code, message}, "0" = OK,
//   anything else with the reason (the fields at fault);
// - answers "Hồ sơ … đã tồn tại" to a new dossier (isUpdating = false) it already has, takes an update of one it does
//   not have as a new one (tolerant, as the real portal is to a resend after a lost answer), keeps a progress row
//   once (the same MaHoSo, ThoiDiemXuLy, TrangThai and NoiDungXuLy again is the same row), and refuses a progress
//   row of a dossier it has never received;
// - keeps what it received, inspectable over HTTP (GET /sandbox/received);
// - serves dossiers filed on the portal, with their files, to the pull (LayDanhSachHoSoMC, GET /files/<id>);
// - can be told to fail (HTTP 503), time out (the request is taken, the answer comes too late), answer "đã tồn tại"
//   or refuse, for the next n requests (POST /sandbox/mode).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readBody, sendJson } from "@/tooling/sandbox-http";
import {
  dossierRequestSchema,
  filedListRequestSchema,
  PORTAL_SERVICES,
  progressRequestSchema,
  type FiledDossier,
  type PortalDossier,
  type ProgressRow,
} from "@/domain/national-portal";
import { formatPlatformTime } from "@/lib/dates";

export type PortalFault = "none" | "fail" | "timeout" | "exists" | "reject";
export const PORTAL_FAULTS: readonly PortalFault[] = ["none", "fail", "timeout", "exists", "reject"];

export interface StoredDossier {
  payload: PortalDossier;
  receivedAt: Date;
  /** Times it was sent again as an update. */
  updates: number;
}

export interface FiledFile {
  id: string;
  name: string;
  bytes: Uint8Array;
  mediaType: string;
}

export interface NationalPortalSandboxOptions {
  /** Bearer key expected from MotCua; none = open. */
  apiKey?: string;
  port?: number;
  host?: string;
  log?: (line: string) => void;
}

export interface NationalPortalSandbox {
  /** Base of the services (NATIONAL_PORTAL_URL): POST <api>/DongBoHoSoMC … */
  api: string;
  url: string;
  dossiers: Map<string, StoredDossier>;
  progress: Map<string, ProgressRow>;
  /** Service requests received (all, answered or not). */
  requests: number;
  /** Progress rows received again after they were accepted (a resend the portal tolerates; 0 = nothing twice). */
  duplicateProgressRows: number;
  /** Refusals sent, with their reason (validation, unknown dossier, fault). */
  refusals: { service: string; message: string }[];
  /** Fail the next `count` service requests (Infinity: until told otherwise) this way. */
  setFault(mode: PortalFault, count?: number, delayMs?: number): void;
  /** A dossier filed on the portal, waiting to be pulled by its unit. */
  file(
    dossier: Omit<FiledDossier, "TaiLieuNop">,
    documents: { component: string; name: string; bytes: Uint8Array; mediaType: string }[],
  ): FiledDossier;
  filed: Map<string, FiledDossier>;
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024 * 1024;

const progressKey = (row: ProgressRow) => [row.MaHoSo, row.ThoiDiemXuLy, row.TrangThai, row.NoiDungXuLy].join("|");

const fieldsOf = (issues: readonly { path: readonly PropertyKey[] }[]) =>
  [...new Set(issues.map((issue) => issue.path.map(String).join(".")))].slice(0, 60).join(", ");

export async function startNationalPortalSandbox(
  options: NationalPortalSandboxOptions = {},
): Promise<NationalPortalSandbox> {
  const dossiers = new Map<string, StoredDossier>();
  const progress = new Map<string, ProgressRow>();
  const filed = new Map<string, FiledDossier>();
  const files = new Map<string, FiledFile>();
  let fault: { mode: PortalFault; remaining: number; delayMs: number } = { mode: "none", remaining: 0, delayMs: 0 };
  let fileSequence = 0;
  const pending = new Set<NodeJS.Timeout>();

  const sandbox: NationalPortalSandbox = {
    api: "",
    url: "",
    dossiers,
    progress,
    requests: 0,
    duplicateProgressRows: 0,
    refusals: [],
    filed,
    setFault(mode, count = Number.POSITIVE_INFINITY, delayMs = 30_000) {
      fault = { mode, remaining: mode === "none" ? 0 : count, delayMs };
    },
    file(dossier, documents) {
      const entry: FiledDossier = {
        ...dossier,
        TaiLieuNop: documents.map((document) => {
          const id = `TEP-${++fileSequence}`;
          files.set(id, { id, name: document.name, bytes: document.bytes, mediaType: document.mediaType });
          return {
            TepDinhKemId: id,
            TenTepDinhKem: document.name,
            MaThanhPhanHoSo: document.component,
            DuongDanTaiTepTin: `${sandbox.url}/files/${id}`,
          };
        }),
      };
      filed.set(entry.MaHoSo, entry);
      return entry;
    },
    reset() {
      dossiers.clear();
      progress.clear();
      filed.clear();
      files.clear();
      sandbox.requests = 0;
      sandbox.duplicateProgressRows = 0;
      sandbox.refusals = [];
      fault = { mode: "none", remaining: 0, delayMs: 0 };
    },
    close: () =>
      new Promise((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const refuse = (response: http.ServerResponse, service: string, code: string, message: string) => {
    sandbox.refusals.push({ service, message });
    options.log?.(`${service}: ${message}`);
    sendJson(response, 200, { error_code: code, message });
  };

  /** Takes a service request; returns the answer, or null when the fault already answered. */
  const handleService = async (service: string, request: http.IncomingMessage, response: http.ServerResponse) => {
    sandbox.requests += 1;
    const body = await readBody(request, MAX_BODY);
    let answerLate = false;
    let lateByMs = 0;
    if (fault.remaining > 0 && service !== PORTAL_SERVICES.filed) {
      fault.remaining -= 1;
      const mode = fault.mode;
      lateByMs = fault.delayMs || 30_000;
      if (fault.remaining === 0) fault = { mode: "none", remaining: 0, delayMs: 0 };
      if (mode === "fail") return sendJson(response, 503, { error_code: "503", message: "Hệ thống đang bảo trì" });
      if (mode === "reject") return refuse(response, service, "99", "Từ chối theo cấu hình thử nghiệm");
      if (mode === "exists" && service === PORTAL_SERVICES.dossier) {
        const parsed = dossierRequestSchema.safeParse(JSON.parse(body ?? "{}"));
        if (parsed.success && !parsed.data.isUpdating)
          return sendJson(response, 200, {
            error_code: "-1",
            message: `Hồ sơ ${parsed.data.data[0]!.MaHoSo} đã tồn tại`,
          });
      }
      answerLate = mode === "timeout";
    }
    if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`)
      return sendJson(response, 401, { error_code: "401", message: "Sai khóa truy cập" });
    if (body === null) return sendJson(response, 413, { error_code: "413", message: "Yêu cầu quá lớn" });
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return refuse(response, service, "1", "Nội dung không phải JSON");
    }
    const answer = processService(service, json);
    if (answer.error_code !== "0") return refuse(response, service, answer.error_code, answer.message);
    // "timeout": the request was taken, but the answer never arrives in time (the sender must send it again).
    if (answerLate) {
      const timer = setTimeout(() => {
        pending.delete(timer);
        sendJson(response, 200, answer);
      }, lateByMs);
      pending.add(timer);
      return;
    }
    return sendJson(response, 200, answer);
  };

  const processService = (service: string, json: unknown): { error_code: string; message: string; data?: unknown } => {
    if (service === PORTAL_SERVICES.dossier) {
      const parsed = dossierRequestSchema.safeParse(json);
      if (!parsed.success)
        return { error_code: "1", message: `Sai hoặc thiếu trường: ${fieldsOf(parsed.error.issues)}` };
      const codes = parsed.data.data.map((dossier) => dossier.MaHoSo);
      if (new Set(codes).size !== codes.length) return { error_code: "1", message: "Trùng MaHoSo trong một yêu cầu" };
      if (!parsed.data.isUpdating) {
        const existing = codes.find((code) => dossiers.has(code));
        if (existing) return { error_code: "-1", message: `Hồ sơ ${existing} đã tồn tại` };
      }
      for (const dossier of parsed.data.data) {
        const stored = dossiers.get(dossier.MaHoSo);
        if (stored) {
          stored.payload = dossier;
          stored.updates += 1;
        } else dossiers.set(dossier.MaHoSo, { payload: dossier, receivedAt: new Date(), updates: 0 });
      }
      return { error_code: "0", message: "Đồng bộ thành công" };
    }
    if (service === PORTAL_SERVICES.progress) {
      const parsed = progressRequestSchema.safeParse(json);
      if (!parsed.success)
        return { error_code: "1", message: `Sai hoặc thiếu trường: ${fieldsOf(parsed.error.issues)}` };
      const unknown = parsed.data.data.find((row) => !dossiers.has(row.MaHoSo));
      if (unknown) return { error_code: "2", message: `Hồ sơ ${unknown.MaHoSo} chưa được đồng bộ lên Cổng` };
      for (const row of parsed.data.data) {
        if (progress.has(progressKey(row))) sandbox.duplicateProgressRows += 1;
        progress.set(progressKey(row), row);
      }
      return { error_code: "0", message: "Cập nhật tiến độ thành công" };
    }
    if (service === PORTAL_SERVICES.filed) {
      const parsed = filedListRequestSchema.safeParse(json);
      if (!parsed.success)
        return { error_code: "1", message: `Sai hoặc thiếu trường: ${fieldsOf(parsed.error.issues)}` };
      const units = new Set(parsed.data.MaDonVi);
      return {
        error_code: "0",
        message: "Thành công",
        data: [...filed.values()].filter((dossier) => units.has(dossier.MaDonVi)),
      };
    }
    return { error_code: "404", message: `Không có dịch vụ ${service}` };
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://sandbox");
    const path = url.pathname.replace(/\/$/, "");
    void (async () => {
      try {
        if (request.method === "GET" && path === "/health") return sendJson(response, 200, { ok: true });
        const service = /^\/api\/([A-Za-z]+)$/.exec(path);
        if (request.method === "POST" && service) return await handleService(service[1]!, request, response);
        const fileMatch = /^\/files\/([A-Za-z0-9-]+)$/.exec(path);
        if (request.method === "GET" && fileMatch) {
          const file = files.get(fileMatch[1]!);
          if (!file) return sendJson(response, 404, { error_code: "404", message: "Không có tệp này" });
          response.writeHead(200, { "content-type": file.mediaType, "content-length": file.bytes.byteLength });
          return response.end(Buffer.from(file.bytes));
        }
        if (request.method === "GET" && path === "/sandbox/received")
          return sendJson(response, 200, {
            requests: sandbox.requests,
            dossiers: [...dossiers.values()].map((stored) => ({
              ...stored.payload,
              _receivedAt: formatPlatformTime(stored.receivedAt),
              _updates: stored.updates,
            })),
            progress: [...progress.values()],
            refusals: sandbox.refusals,
          });
        const one = /^\/sandbox\/dossiers\/(.+)$/.exec(path);
        if (request.method === "GET" && one) {
          const code = decodeURIComponent(one[1]!);
          const stored = dossiers.get(code);
          if (!stored) return sendJson(response, 404, { error_code: "404", message: "Không có hồ sơ này" });
          return sendJson(response, 200, {
            dossier: stored.payload,
            updates: stored.updates,
            progress: [...progress.values()].filter((row) => row.MaHoSo === code),
          });
        }
        if (request.method === "POST" && path === "/sandbox/mode") {
          const mode = (url.searchParams.get("mode") ?? "none") as PortalFault;
          if (!PORTAL_FAULTS.includes(mode)) return sendJson(response, 400, { ok: false });
          const count = Number(url.searchParams.get("count") ?? "Infinity");
          const delayMs = Number(url.searchParams.get("delayMs") ?? "30000");
          sandbox.setFault(mode, Number.isNaN(count) ? Number.POSITIVE_INFINITY : count, delayMs);
          return sendJson(response, 200, { ok: true, mode });
        }
        if (request.method === "POST" && path === "/sandbox/reset") {
          sandbox.reset();
          return sendJson(response, 200, { ok: true });
        }
        return sendJson(response, 404, { error_code: "404", message: "Không có địa chỉ này" });
      } catch (error) {
        sendJson(response, 500, { error_code: "500", message: String(error) });
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  sandbox.url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  sandbox.api = `${sandbox.url}/api`;
  return sandbox;
}
