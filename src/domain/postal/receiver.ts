// The receiver of a result sent by post (and the sender of a dossier that arrived by post): name, phone, e-mail,
// street address, and where it lies on the two-level map (province + commune). Communes of the listed provinces
// must be one of the list; elsewhere the commune is free text. Messages are the desk's and the citizen's Vietnamese.
import { z } from "zod";
import { optionalText, requiredText, safeString } from "@/lib/text-input";
import { normalizeVietnamesePhone } from "../dossier/intake-schema";
import { COMMUNES_BY_PROVINCE, PROVINCES } from "./admin-map-2025";

export const RECEIVER_MESSAGES = {
  name: "Xin vui lòng nhập họ và tên người nhận.",
  nameLength: "Họ và tên người nhận từ 2 đến 200 ký tự.",
  phone: "Xin vui lòng nhập số điện thoại người nhận.",
  phoneShape: "Số điện thoại người nhận chưa đúng (ví dụ: 0912345678).",
  email: "Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com).",
  address: "Xin vui lòng nhập số nhà, đường phố, thôn, tổ dân phố của người nhận.",
  addressLength: "Địa chỉ từ 5 đến 300 ký tự.",
  province: "Xin vui lòng chọn tỉnh, thành phố của người nhận.",
  commune: "Xin vui lòng chọn phường, xã của người nhận.",
  communeUnknown: "Phường, xã này không thuộc tỉnh, thành phố đã chọn (theo danh mục sau 1/7/2025).",
  communeText: "Xin vui lòng nhập tên phường, xã của người nhận.",
} as const;

/** A validated receiver (or sender), ready to store on a PostalShipment. */
export interface PostalPerson {
  name: string;
  phone: string;
  email: string | null;
  address: string;
  provinceCode: string;
  provinceName: string;
  communeCode: string | null;
  communeName: string;
}

const phoneSchema = safeString(RECEIVER_MESSAGES.phone).transform((value, ctx) => {
  const phone = value === "" ? null : normalizeVietnamesePhone(value);
  if (phone === null) {
    ctx.addIssue({ code: "custom", message: value === "" ? RECEIVER_MESSAGES.phone : RECEIVER_MESSAGES.phoneShape });
    return z.NEVER;
  }
  return phone;
});

/** What a form sends: `commune` is a code for listed provinces, a name elsewhere. */
export const receiverSchema = z
  .object({
    name: requiredText(2, 200, {
      required: RECEIVER_MESSAGES.name,
      min: RECEIVER_MESSAGES.nameLength,
      max: RECEIVER_MESSAGES.nameLength,
    }),
    phone: phoneSchema,
    email: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v),
      z.email({ error: RECEIVER_MESSAGES.email }).max(254, { error: RECEIVER_MESSAGES.email }).optional(),
    ),
    address: requiredText(5, 300, {
      required: RECEIVER_MESSAGES.address,
      min: RECEIVER_MESSAGES.addressLength,
      max: RECEIVER_MESSAGES.addressLength,
    }),
    province: safeString(RECEIVER_MESSAGES.province).refine(
      (code) => PROVINCES.some((candidate) => candidate.code === code),
      { error: RECEIVER_MESSAGES.province },
    ),
    commune: optionalText(120, RECEIVER_MESSAGES.communeText),
  })
  .transform((value, ctx): PostalPerson => {
    const province = PROVINCES.find((candidate) => candidate.code === value.province)!;
    const listed = COMMUNES_BY_PROVINCE[province.code];
    let communeCode: string | null = null;
    let communeName: string;
    if (listed) {
      const commune = listed.find((candidate) => candidate.code === value.commune);
      if (!commune) {
        ctx.addIssue({
          code: "custom",
          path: ["commune"],
          message: value.commune ? RECEIVER_MESSAGES.communeUnknown : RECEIVER_MESSAGES.commune,
        });
        return z.NEVER;
      }
      communeCode = commune.code;
      communeName = commune.name;
    } else {
      if (!value.commune || value.commune.length < 2) {
        ctx.addIssue({ code: "custom", path: ["commune"], message: RECEIVER_MESSAGES.communeText });
        return z.NEVER;
      }
      communeName = value.commune;
    }
    return {
      name: value.name.replace(/\s+/g, " "),
      phone: value.phone,
      email: value.email ?? null,
      address: value.address,
      provinceCode: province.code,
      provinceName: province.name,
      communeCode,
      communeName,
    };
  });

export type ReceiverFormInput = z.input<typeof receiverSchema>;

/** One line for the label: "số 5 phố Lê Lợi, Phường Sơn Tây, Thành phố Hà Nội". */
export const fullAddress = (person: Pick<PostalPerson, "address" | "communeName" | "provinceName">): string =>
  [person.address, person.communeName, person.provinceName].filter(Boolean).join(", ");

/**
 * What a public page may show of where a result goes: the commune and province only — never the street, the name or
 * the phone (Nghị định 13/2023; the tracking page is reachable with the code and key alone).
 */
export const maskedDestination = (person: { communeName: string | null; provinceName: string | null }): string =>
  [person.communeName, person.provinceName].filter(Boolean).join(", ") || "—";
