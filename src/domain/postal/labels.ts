// Labels of the postal vocabulary, every interface language side by side.
import type { Locale } from "@/lib/locale";
import { isAddressOnFile, POSTAL_EVENT_TYPES } from "./shipment";
import type { PostalDirection, ShipmentStatus } from "./types";

export interface PostalVocabulary {
  status: Readonly<Record<ShipmentStatus, string>>;
  /** An outbound row still waiting for the result (no waybill yet). */
  addressOnFile: string;
  direction: Readonly<Record<PostalDirection, string>>;
  /** Rows the postal service adds to a dossier's history. */
  event: Readonly<Record<keyof typeof POSTAL_EVENT_TYPES, string>>;
}

export const POSTAL_LABELS: Readonly<Record<Locale, PostalVocabulary>> = {
  vi: {
    status: {
      ARRIVED: "Đã nhận bưu gửi tại Bộ phận Một cửa",
      REQUESTED: "Đã gửi yêu cầu chuyển phát, chờ bưu điện xác nhận",
      ACCEPTED: "Bưu điện đã nhận yêu cầu",
      HANDED_OVER: "Đã giao bưu gửi cho nhân viên bưu điện",
      DELIVERED: "Đã phát cho người nhận",
      FAILED: "Chưa gửi được yêu cầu sang bưu điện",
      CANCELLED: "Đã hủy yêu cầu chuyển phát",
    },
    addressOnFile: "Đã đăng ký nhận kết quả qua bưu điện, chờ có kết quả",
    direction: { INBOUND: "Hồ sơ gửi đến qua bưu điện", OUTBOUND: "Trả kết quả qua bưu điện" },
    event: {
      accepted: "Bưu điện nhận yêu cầu chuyển phát",
      handedOver: "Giao bưu gửi cho bưu điện",
      delivered: "Bưu điện phát kết quả",
      failed: "Chưa gửi được yêu cầu chuyển phát",
    },
  },
  en: {
    status: {
      ARRIVED: "Parcel received at the one-stop desk",
      REQUESTED: "Delivery order sent, awaiting the post's confirmation",
      ACCEPTED: "Accepted by the post",
      HANDED_OVER: "Handed over to the postman",
      DELIVERED: "Delivered to the receiver",
      FAILED: "The order could not be sent to the post",
      CANCELLED: "Delivery order cancelled",
    },
    addressOnFile: "Return by post registered, awaiting the result",
    direction: { INBOUND: "Dossier received by post", OUTBOUND: "Result returned by post" },
    event: {
      accepted: "Delivery order accepted by the post",
      handedOver: "Parcel handed to the post",
      delivered: "Result delivered by the post",
      failed: "Delivery order could not be sent",
    },
  },
};

/** The label of a shipment's stage: the address-only row reads as such, not as a sent order. */
export function shipmentStageLabel(
  shipment: { direction: PostalDirection; status: ShipmentStatus; waybill: string },
  locale: Locale,
): string {
  const labels = POSTAL_LABELS[locale];
  return isAddressOnFile(shipment) ? labels.addressOnFile : labels.status[shipment.status];
}

/** The history label of a postal event type ("postal_accepted"…), or null for any other type. */
export function postalEventLabel(type: string, locale: Locale): string | null {
  const key = (Object.keys(POSTAL_EVENT_TYPES) as (keyof typeof POSTAL_EVENT_TYPES)[]).find(
    (candidate) => POSTAL_EVENT_TYPES[candidate] === type,
  );
  return key ? POSTAL_LABELS[locale].event[key] : null;
}
