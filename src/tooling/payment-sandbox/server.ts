// The sandbox payment platform: a small HTTP server (node:http) that speaks the national payment platform's protocol
// (src/domain/payment) so online payment runs end to end in the demo and the tests. It
// - answers INIT with a signed UrlThanhToan pointing at its own pay page, after checking our signature, partner code
//   and amounts (a bad signature is refused, as the real platform would);
// - shows the pay page (Vietnamese, phone-friendly): amount, phí and lệ phí lines, and three buttons — success,
//   failure, leave pending;
// - POSTs the signed confirmation to the portal's callback, retrying with back-off until the portal's answer verifies,
//   then sends the browser back to the portal's return address;
// - answers QUERY (TrangThaiGD 1 success, 3 pending, 4 failed) and GET_BILL (a real PDF receipt).
// Switches for the tests: drop every callback (the "closed tab" case), delay INIT (a slow platform).
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  callbackReplySchema,
  initRequestSchema,
  MESSAGE_TYPE,
  PLATFORM_OK,
  queryRequestSchema,
  TRANSACTION_STATE,
  type TransactionState,
} from "@/domain/payment";
import { formatPlatformTime } from "@/lib/dates";
import { groupThousands } from "@/lib/numbers";
import { signed, verifyMessage } from "@/server/payments/signature";
import { receiptPdf } from "./receipt-pdf";

export interface SandboxOptions {
  partnerCode: string;
  secret: string;
  /** 0 (default): any free port. */
  port?: number;
  host?: string;
  /** Never deliver confirmations (the citizen closed the tab and the callback was lost): only QUERY can tell. */
  dropCallbacks?: boolean;
  /** Hold every INIT answer this long (a slow platform). */
  initDelayMs?: number;
  /** Callback deliveries: tries and the first delay, doubled each time up to maxDelayMs. */
  callbackRetry?: { attempts: number; firstDelayMs: number; maxDelayMs: number };
  log?: (message: string) => void;
}

export type SandboxOutcome = "success" | "failure" | "pending";

export interface SandboxTransaction {
  reference: string;
  amount: number;
  lines: { name: string; amount: number }[];
  dossierCode: string;
  payerName: string;
  payeeAccount: string;
  description: string;
  callbackUrl: string;
  returnUrl: string;
  initiatedAt: string;
  /** created: INIT done, the citizen has not chosen; pending: "Để chờ xử lý". */
  state: "created" | "pending" | "success" | "failure";
  transactionId: string;
  completedAt?: string;
}

export interface CallbackDelivery {
  reference: string;
  attempt: number;
  status: number | null;
  /** The portal's answer verified (signature and partner): delivery is over. */
  replyVerified: boolean;
  replyCode: string | null;
  error?: string;
}

export interface PaymentSandbox {
  url: string;
  port: number;
  options: SandboxOptions;
  transactions: Map<string, SandboxTransaction>;
  deliveries: CallbackDelivery[];
  /** What the pay page's buttons do. Returns the address the browser is sent back to. */
  complete(reference: string, outcome: SandboxOutcome): Promise<string>;
  /** Resolves when no callback delivery is in progress. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const DEFAULT_RETRY = { attempts: 6, firstDelayMs: 500, maxDelayMs: 30_000 };
const STATE_CODE: Record<SandboxTransaction["state"], TransactionState> = {
  created: TRANSACTION_STATE.PENDING,
  pending: TRANSACTION_STATE.PENDING,
  success: TRANSACTION_STATE.SUCCESS,
  failure: TRANSACTION_STATE.FAILED,
};
/** The sandbox's own error codes (MaLoi), as a platform would answer them. */
const ERROR = { BAD_SIGNATURE: "02", BAD_MESSAGE: "03", DUPLICATE: "04", UNKNOWN: "05", NOT_PAID: "06" } as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

async function readBody(request: http.IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function startPaymentSandbox(options: SandboxOptions): Promise<PaymentSandbox> {
  const log = options.log ?? (() => {});
  const transactions = new Map<string, SandboxTransaction>();
  const deliveries: CallbackDelivery[] = [];
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = "";
  let stopped = false;

  const answerSigned = (kind: "INIT_ANSWER" | "QUERY_ANSWER" | "GET_BILL_ANSWER", body: Record<string, unknown>) =>
    signed(kind, body, options.secret);

  function handleInit(message: unknown): Record<string, unknown> {
    const now = formatPlatformTime(new Date());
    const reference =
      typeof (message as Record<string, unknown>)?.MaThamChieu === "string"
        ? String((message as Record<string, unknown>).MaThamChieu)
        : "";
    const refuse = (code: string, description: string) =>
      answerSigned("INIT_ANSWER", {
        MaLoi: code,
        MoTaLoi: description,
        MaDoiTac: options.partnerCode,
        MaThamChieu: reference,
        UrlThanhToan: "",
        ThoiGianGD: now,
      });
    const parsed = initRequestSchema.safeParse(message);
    if (!parsed.success) return refuse(ERROR.BAD_MESSAGE, "Bản tin INIT không hợp lệ");
    if (
      !verifyMessage("INIT", message as Record<string, unknown>, options.secret) ||
      parsed.data.MaDoiTac !== options.partnerCode
    )
      return refuse(ERROR.BAD_SIGNATURE, "Sai chữ ký hoặc mã đối tác");
    const init = parsed.data;
    const linesTotal = init.PhiLePhi.reduce((sum, line) => sum + line.SoTien, 0);
    if (init.PhiLePhi.length > 0 && linesTotal !== init.SoTien)
      return refuse(ERROR.BAD_MESSAGE, "Tổng phí, lệ phí khác số tiền");
    if (!init.UrlXacNhan || !init.UrlQuayLai) return refuse(ERROR.BAD_MESSAGE, "Thiếu địa chỉ xác nhận hoặc quay lại");
    if (transactions.has(init.MaThamChieu)) return refuse(ERROR.DUPLICATE, "Mã tham chiếu đã tồn tại");
    transactions.set(init.MaThamChieu, {
      reference: init.MaThamChieu,
      amount: init.SoTien,
      lines: init.PhiLePhi.map((line) => ({ name: line.TenPhiLePhi, amount: line.SoTien })),
      dossierCode: init.MaHoSo ?? "",
      payerName: init.HoTenNguoiNop ?? "",
      payeeAccount: init.TaiKhoanThuHuong ?? "",
      description: init.ThongTinGiaoDich,
      callbackUrl: init.UrlXacNhan,
      returnUrl: init.UrlQuayLai,
      initiatedAt: init.ThoiGianGD,
      state: "created",
      transactionId: `SB${crypto.randomBytes(6).toString("hex").toUpperCase()}`,
    });
    log(`INIT ${init.MaThamChieu} ${init.SoTien} VND`);
    return answerSigned("INIT_ANSWER", {
      MaLoi: PLATFORM_OK,
      MaDoiTac: options.partnerCode,
      MaThamChieu: init.MaThamChieu,
      UrlThanhToan: `${baseUrl}/thanh-toan/${encodeURIComponent(init.MaThamChieu)}`,
      ThoiGianGD: now,
    });
  }

  async function handleQuery(message: unknown): Promise<Record<string, unknown>> {
    const now = formatPlatformTime(new Date());
    const parsed = queryRequestSchema.safeParse(message);
    const reference = parsed.success ? parsed.data.MaThamChieu : "";
    const type = parsed.success ? parsed.data.LoaiBanTin : MESSAGE_TYPE.QUERY;
    const kind = type === MESSAGE_TYPE.GET_BILL ? "GET_BILL" : "QUERY";
    const refuse = (code: string) =>
      kind === "GET_BILL"
        ? answerSigned("GET_BILL_ANSWER", {
            MaLoi: code,
            MaDoiTac: options.partnerCode,
            MaThamChieu: reference,
            ThoiGianGD: now,
            TenTep: "",
            DuLieu: "",
          })
        : answerSigned("QUERY_ANSWER", {
            LoaiBanTin: MESSAGE_TYPE.QUERY,
            MaLoi: code,
            MaDoiTac: options.partnerCode,
            MaThamChieu: reference,
            TrangThaiGD: TRANSACTION_STATE.PENDING,
            SoTien: 0,
            MaGiaoDich: "",
            ThoiGianGD: now,
          });
    if (!parsed.success) return refuse(ERROR.BAD_MESSAGE);
    if (
      !verifyMessage(kind, message as Record<string, unknown>, options.secret) ||
      parsed.data.MaDoiTac !== options.partnerCode
    )
      return refuse(ERROR.BAD_SIGNATURE);
    const transaction = transactions.get(reference);
    if (!transaction) return refuse(ERROR.UNKNOWN);
    if (kind === "QUERY") {
      log(`QUERY ${reference}: ${transaction.state}`);
      return answerSigned("QUERY_ANSWER", {
        LoaiBanTin: MESSAGE_TYPE.QUERY,
        MaLoi: PLATFORM_OK,
        MaDoiTac: options.partnerCode,
        MaThamChieu: reference,
        TrangThaiGD: STATE_CODE[transaction.state],
        SoTien: transaction.amount,
        MaTienTe: "VND",
        MaGiaoDich: transaction.state === "success" ? transaction.transactionId : "",
        MaNganHang: transaction.state === "success" ? "SANDBOX" : "",
        ThoiGianGD: transaction.completedAt ?? now,
        ThongTinGiaoDich: transaction.description,
      });
    }
    if (transaction.state !== "success") return refuse(ERROR.NOT_PAID);
    const pdf = await receiptPdf({
      reference,
      transactionId: transaction.transactionId,
      paidAt: transaction.completedAt ?? now,
      amount: transaction.amount,
      dossierCode: transaction.dossierCode,
      payerName: transaction.payerName,
      payeeAccount: transaction.payeeAccount,
      lines: transaction.lines,
    });
    log(`GET_BILL ${reference}: ${pdf.length} bytes`);
    return answerSigned("GET_BILL_ANSWER", {
      MaLoi: PLATFORM_OK,
      MaDoiTac: options.partnerCode,
      MaThamChieu: reference,
      ThoiGianGD: now,
      TenTep: `bien-lai-${reference}.pdf`,
      DuLieu: pdf.toString("base64"),
    });
  }

  /** One POST of the confirmation; true when the portal's answer verified. */
  async function deliverOnce(transaction: SandboxTransaction, attempt: number): Promise<boolean> {
    const callback = signed(
      "CALLBACK",
      {
        LoaiBanTin: MESSAGE_TYPE.CALLBACK,
        MaLoi: transaction.state === "success" ? PLATFORM_OK : "24",
        MaDoiTac: options.partnerCode,
        MaThamChieu: transaction.reference,
        SoTien: transaction.amount,
        MaTienTe: "VND",
        MaGiaoDich: transaction.transactionId,
        MaNganHang: "SANDBOX",
        ThoiGianGD: transaction.completedAt ?? formatPlatformTime(new Date()),
        ThongTinGiaoDich: transaction.description,
      },
      options.secret,
    );
    const delivery: CallbackDelivery = {
      reference: transaction.reference,
      attempt,
      status: null,
      replyVerified: false,
      replyCode: null,
    };
    deliveries.push(delivery);
    try {
      const response = await fetch(transaction.callbackUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json; charset=utf-8" },
        body: JSON.stringify(callback),
        signal: AbortSignal.timeout(10_000),
      });
      delivery.status = response.status;
      const reply: unknown = await response.json().catch(() => null);
      const parsed = callbackReplySchema.safeParse(reply);
      delivery.replyCode = parsed.success ? parsed.data.MaLoi : null;
      delivery.replyVerified =
        parsed.success &&
        parsed.data.MaDoiTac === options.partnerCode &&
        verifyMessage("CALLBACK_REPLY", reply as Record<string, unknown>, options.secret);
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    }
    log(
      `callback ${transaction.reference} try ${attempt}: ${delivery.status ?? delivery.error} reply ${delivery.replyCode ?? "-"} ${delivery.replyVerified ? "verified" : "not verified"}`,
    );
    return delivery.replyVerified;
  }

  /** The first try now; the next ones later, with back-off, until a verified answer or the tries run out. */
  function deliver(transaction: SandboxTransaction): Promise<void> {
    const retry = options.callbackRetry ?? DEFAULT_RETRY;
    const run = (async () => {
      for (let attempt = 1; attempt <= retry.attempts && !stopped; attempt++) {
        if (await deliverOnce(transaction, attempt)) return;
        const delay = Math.min(retry.maxDelayMs, retry.firstDelayMs * 2 ** (attempt - 1));
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, delay);
          timers.add(timer);
        });
      }
    })();
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  }

  async function complete(reference: string, outcome: SandboxOutcome): Promise<string> {
    const transaction = transactions.get(reference);
    if (!transaction) throw new Error(`unknown reference ${reference}`);
    if (transaction.state === "created" || transaction.state === "pending") {
      transaction.state = outcome;
      if (outcome !== "pending") transaction.completedAt = formatPlatformTime(new Date());
      if (outcome !== "pending" && !options.dropCallbacks) {
        // The first try is awaited (briefly), so the browser usually comes back to a settled payment; retries go on.
        const delivery = deliver(transaction);
        await Promise.race([delivery, new Promise((resolve) => setTimeout(resolve, 3000))]);
      }
    }
    return transaction.returnUrl;
  }

  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://sandbox");
      const payPage = /^\/thanh-toan\/([A-Za-z0-9_-]{1,64})$/u.exec(url.pathname);
      try {
        if (request.method === "POST" && url.pathname === "/") {
          let message: unknown = null;
          try {
            message = JSON.parse(await readBody(request));
          } catch {
            message = null;
          }
          const type = (message as Record<string, unknown> | null)?.LoaiBanTin;
          let answer: Record<string, unknown>;
          if (type === MESSAGE_TYPE.INIT) {
            if (options.initDelayMs) await new Promise((resolve) => setTimeout(resolve, options.initDelayMs));
            answer = handleInit(message);
          } else answer = await handleQuery(message);
          response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
          response.end(JSON.stringify(answer));
          return;
        }
        if (payPage && request.method === "GET") {
          const transaction = transactions.get(payPage[1]!);
          response.writeHead(transaction ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
          response.end(transaction ? payPageHtml(transaction) : notFoundHtml());
          return;
        }
        if (payPage && request.method === "POST") {
          const form = new URLSearchParams(await readBody(request, 10_000));
          const outcome = form.get("ket-qua");
          if (
            (outcome !== "success" && outcome !== "failure" && outcome !== "pending") ||
            !transactions.has(payPage[1]!)
          ) {
            response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
            response.end("Yêu cầu không hợp lệ.");
            return;
          }
          const returnUrl = await complete(payPage[1]!, outcome);
          response.writeHead(303, { Location: returnUrl });
          response.end();
          return;
        }
        response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Không tìm thấy.");
      } catch (error) {
        log(`error: ${error instanceof Error ? error.message : String(error)}`);
        if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Lỗi máy chủ thử nghiệm.");
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${options.host ?? "127.0.0.1"}:${port}`;

  return {
    url: baseUrl,
    port,
    options,
    transactions,
    deliveries,
    complete,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function payPageHtml(transaction: SandboxTransaction): string {
  const money = (amount: number) => `${groupThousands(amount)} đồng`;
  const done = transaction.state === "success" || transaction.state === "failure";
  const lines = transaction.lines
    .map((line) => `<tr><th scope="row">${escapeHtml(line.name)}</th><td>${money(line.amount)}</td></tr>`)
    .join("");
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thanh toán phí, lệ phí – Nền tảng thanh toán (thử nghiệm)</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: #f3f4f6; color: #111827; }
  main { max-width: 32rem; margin: 0 auto; padding: 1rem; }
  .card { background: #fff; border-radius: .75rem; padding: 1rem 1.25rem; box-shadow: 0 1px 2px rgba(0,0,0,.1); }
  h1 { font-size: 1.25rem; color: #1e3a8a; }
  table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; }
  th, td { padding: .5rem 0; border-bottom: 1px solid #e5e7eb; text-align: left; font-weight: normal; }
  td { text-align: right; white-space: nowrap; }
  tfoot th, tfoot td { font-weight: 700; border-bottom: 0; }
  button { display: block; width: 100%; min-height: 3rem; margin: .5rem 0; font-size: 1rem; border-radius: .5rem; border: 1px solid #1e3a8a; cursor: pointer; }
  .ok { background: #166534; border-color: #166534; color: #fff; }
  .fail { background: #fff; color: #991b1b; border-color: #991b1b; }
  .wait { background: #fff; color: #1e3a8a; }
  button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  .note { font-size: .875rem; color: #4b5563; }
</style>
</head>
<body>
<main>
  <p class="note" role="note">Môi trường thử nghiệm: không có khoản tiền thật nào được chuyển.</p>
  <div class="card">
    <h1>Thanh toán phí, lệ phí</h1>
    <p>${escapeHtml(transaction.description)}</p>
    <table>
      <caption class="note" style="text-align:left">Mã tham chiếu: ${escapeHtml(transaction.reference)}</caption>
      <tbody>${lines}</tbody>
      <tfoot><tr><th scope="row">Tổng cộng</th><td data-testid="sandbox-amount">${money(transaction.amount)}</td></tr></tfoot>
    </table>
    ${
      done
        ? `<p role="status">Giao dịch này đã kết thúc (${transaction.state === "success" ? "thành công" : "thất bại"}).</p><p><a href="${escapeHtml(transaction.returnUrl)}">Quay lại Cổng dịch vụ công</a></p>`
        : `<form method="post">
      <button class="ok" type="submit" name="ket-qua" value="success">Thanh toán thành công</button>
      <button class="fail" type="submit" name="ket-qua" value="failure">Thất bại</button>
      <button class="wait" type="submit" name="ket-qua" value="pending">Để chờ xử lý</button>
    </form>`
    }
  </div>
</main>
</body>
</html>`;
}

const notFoundHtml = () =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Không tìm thấy giao dịch</title></head><body><main><h1>Không tìm thấy giao dịch</h1><p>Xin ông/bà vui lòng quay lại Cổng dịch vụ công và thử lại.</p></main></body></html>`;
