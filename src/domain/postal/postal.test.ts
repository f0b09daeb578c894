import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  buildPostalOrder,
  canMove,
  COMMUNES_BY_PROVINCE,
  expandWaybillRange,
  isValidWaybill,
  maskedDestination,
  postalOrderSchema,
  postalEventLabel,
  PROVINCES,
  readOrderAnswer,
  receiverSchema,
  resolveDeskPostal,
  s10CheckDigit,
  shipmentStageLabel,
  waybillRangeSchema,
} from "./index";

const receiverForm = {
  name: "Nguyễn  Thị Hoa",
  phone: "+84 912 345 678",
  email: "",
  address: "số 5 phố Quang Trung",
  province: "01",
  commune: "phuong-son-tay",
};

describe("the two-level map (Nghị quyết 202/2025/QH15: 34 provinces since 1/7/2025)", () => {
  it("has 34 provinces with distinct codes, and the 126 communes of Hà Nội", () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    expect(COMMUNES_BY_PROVINCE["01"]).toHaveLength(126);
    expect(new Set(COMMUNES_BY_PROVINCE["01"]!.map((c) => c.code)).size).toBe(126);
  });
});

describe("receiver address", () => {
  it("takes a listed commune of the demo province and normalises the phone", () => {
    const receiver = receiverSchema.parse(receiverForm);
    expect(receiver).toMatchObject({
      name: "Nguyễn Thị Hoa",
      phone: "0912345678",
      email: null,
      provinceName: "Thành phố Hà Nội",
      communeCode: "phuong-son-tay",
      communeName: "Phường Sơn Tây",
    });
  });

  it("refuses a commune that is not in the chosen province's list (or an abolished pre-2025 ward)", () => {
    const result = receiverSchema.safeParse({ ...receiverForm, commune: "phuong-le-loi" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["commune"] });
  });

  it("takes the commune as free text in a province without a list, but not an unknown province", () => {
    const other = receiverSchema.parse({ ...receiverForm, province: "79", commune: "Phường Sài Gòn" });
    expect(other).toMatchObject({
      provinceName: "Thành phố Hồ Chí Minh",
      communeCode: null,
      communeName: "Phường Sài Gòn",
    });
    expect(receiverSchema.safeParse({ ...receiverForm, province: "27" }).success).toBe(false); // old Bắc Ninh code
    expect(receiverSchema.safeParse({ ...receiverForm, province: "79", commune: "" }).success).toBe(false);
  });

  it("refuses a wrong phone and a hostile address", () => {
    expect(receiverSchema.safeParse({ ...receiverForm, phone: "12345" }).success).toBe(false);
    expect(receiverSchema.safeParse({ ...receiverForm, address: "số 5\u202E phố" }).success).toBe(false);
  });

  it("public pages show the commune and province only", () => {
    const receiver = receiverSchema.parse(receiverForm);
    const shown = maskedDestination(receiver);
    expect(shown).toBe("Phường Sơn Tây, Thành phố Hà Nội");
    expect(shown).not.toContain("Quang Trung");
  });
});

describe("waybills (UPU S10)", () => {
  it("computes the check digit (UPU S10 example RA473124829GB)", () => {
    expect(s10CheckDigit("47312482")).toBe(9);
    expect(isValidWaybill("RA473124829GB")).toBe(true);
    expect(isValidWaybill("RA473124828GB")).toBe(false);
  });

  it("expands a range with each number's own check digit", () => {
    const numbers = waybillRangeSchema.parse({ first: "eb 10000000 3vn", count: "3" });
    expect(numbers).toHaveLength(3);
    expect(numbers.every(isValidWaybill)).toBe(true);
    expect(numbers[0]).toBe("EB100000003VN");
    expect(expandWaybillRange("EB100000003VN", 2)[1]!.slice(2, 10)).toBe("10000001");
  });

  it("refuses a wrong first number, a count out of range, and a range past the last serial", () => {
    expect(waybillRangeSchema.safeParse({ first: "EB100000002VN", count: "3" }).success).toBe(false);
    expect(waybillRangeSchema.safeParse({ first: "EB100000003VN", count: "1001" }).success).toBe(false);
    expect(waybillRangeSchema.safeParse({ first: "EB100000003VN", count: "1e3" }).success).toBe(false);
    const last = `EB99999999${s10CheckDigit("99999999")}VN`;
    expect(waybillRangeSchema.safeParse({ first: last, count: "2" }).success).toBe(false);
  });
});

describe("the order message (ONLINE-SERVICES.md: CustomerCode, ItemCode, OrderNumber = dossier code, CODAmount…)", () => {
  const order = buildPostalOrder({
    customerCode: "HN-STY-001",
    waybill: "EB100000003VN",
    dossierCode: "000.00.01.H26-260423-0001",
    codAmount: 0,
    sender: { name: "UBND phường Sơn Tây", phone: "02433832255", address: "số 1 phố Quang Trung" },
    receiver: receiverSchema.parse(receiverForm),
    procedureName: "Cấp bản sao trích lục hộ tịch",
  });

  it("carries the dossier code as OrderNumber and the waybill as ItemCode, and passes the protocol's schema", () => {
    expect(order.OrderNumber).toBe("000.00.01.H26-260423-0001");
    expect(order.ItemCode).toBe("EB100000003VN");
    expect(order.ReceiverAddress).toBe("số 5 phố Quang Trung, Phường Sơn Tây, Thành phố Hà Nội");
    expect(postalOrderSchema.safeParse(order).success).toBe(true);
  });

  it("reads the answer: Status 100 accepted, others refused, anything else garbled", () => {
    expect(readOrderAnswer({ Status: "100", Message: "OK" }).kind).toBe("accepted");
    expect(readOrderAnswer({ Status: 100 }).kind).toBe("accepted");
    expect(readOrderAnswer({ Status: "102", Message: "Sai ItemCode" })).toEqual({
      kind: "refused",
      status: "102",
      message: "Sai ItemCode",
    });
    expect(readOrderAnswer("<html>").kind).toBe("garbled");
  });
});

describe("shipment life", () => {
  it("outbound: requested → accepted → handed over → delivered; failed may be requested again", () => {
    expect(canMove("OUTBOUND", "REQUESTED", "ACCEPTED")).toBe(true);
    expect(canMove("OUTBOUND", "ACCEPTED", "HANDED_OVER")).toBe(true);
    expect(canMove("OUTBOUND", "HANDED_OVER", "DELIVERED")).toBe(true);
    expect(canMove("OUTBOUND", "FAILED", "REQUESTED")).toBe(true);
  });

  it("no way back from delivered or cancelled, no cancelling what the post took, inbound rows never move", () => {
    expect(canMove("OUTBOUND", "DELIVERED", "REQUESTED")).toBe(false);
    expect(canMove("OUTBOUND", "CANCELLED", "REQUESTED")).toBe(false);
    expect(canMove("OUTBOUND", "ACCEPTED", "CANCELLED")).toBe(false);
    expect(canMove("OUTBOUND", "REQUESTED", "HANDED_OVER")).toBe(false);
    expect(canMove("INBOUND", "ARRIVED", "DELIVERED")).toBe(false);
  });

  it("names its history rows, and only its own", () => {
    expect(postalEventLabel("postal_accepted", "vi")).toBe("Bưu điện nhận yêu cầu chuyển phát");
    expect(postalEventLabel("postal_handed_over", "en")).toBe("Parcel handed to the post");
    expect(postalEventLabel("return_result", "vi")).toBeNull();
  });

  it("an outbound row without a waybill reads as an address on file, not as a sent order", () => {
    expect(shipmentStageLabel({ direction: "OUTBOUND", status: "REQUESTED", waybill: "" }, "vi")).toContain(
      "chờ có kết quả",
    );
    expect(
      shipmentStageLabel({ direction: "OUTBOUND", status: "REQUESTED", waybill: "EB100000003VN" }, "vi"),
    ).toContain("chờ bưu điện");
  });
});

describe("the desk's postal fields", () => {
  const run = (value: Parameters<typeof resolveDeskPostal>[0]) => {
    const schema = z.unknown().transform((_, ctx) => resolveDeskPostal(value, ctx));
    return schema.safeParse(null);
  };

  it("intake by post needs the waybill; the arrival time is optional and read as Vietnam time", () => {
    const missing = run({ channel: "POSTAL", postalReturn: false });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]!.path).toEqual(["postalWaybill"]);
    const given = run({
      channel: "POSTAL",
      postalReturn: false,
      postalWaybill: "eb 100000003 vn",
      postalArrivedAt: "2026-04-23T08:15",
    });
    expect(given.data?.intake).toEqual({ waybill: "EB100000003VN", arrivedAt: new Date("2026-04-23T01:15:00Z") });
    expect(
      run({
        channel: "POSTAL",
        postalReturn: false,
        postalWaybill: "EB1",
        postalArrivedAt: "2026-02-30T08:15",
      }).error!.issues.map((i) => i.path[0]),
    ).toEqual(["postalWaybill", "postalArrivedAt"]);
  });

  it("return by post needs the receiver, with errors under the form's field names", () => {
    const result = run({ channel: "DIRECT", postalReturn: true, receiverName: "Lê Văn Ba" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path[0])).toEqual(
      expect.arrayContaining(["receiverPhone", "receiverAddress", "receiverProvince"]),
    );
    expect(run({ channel: "DIRECT", postalReturn: false }).data).toEqual({ intake: null, receiver: null });
  });
});
