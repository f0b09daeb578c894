// The demo world's returns of results (issue 11): for each returned dossier, the DossierResultReturn row the
// `return_result` command would have written, and the same non-personal facts on its history event. Derived from the
// dossier's own rows and a hash of its code, never from the generator's random stream, so adding this changed no other
// row of the world (same seed, same world). At the desk, most applicants collect in person with their CCCD; about one
// in six sends an authorised relative, and an organisation always sends an employee with its letter of authority.
import { RETURN_METHODS, type CollectorKind, type IdDocumentKind, type ReturnMethod } from "@/domain/dossier";
import { formatDate } from "@/lib/dates";
import type { GeneratedDossier } from "./dossiers";

export interface ResultReturnRow {
  id: string;
  dossierId: string;
  method: ReturnMethod;
  returnedAt: Date;
  returnedById: string;
  resultNumber: string;
  collectorKind: CollectorKind | null;
  collectorName: string | null;
  collectorRelation: string | null;
  authorisationPaper: string | null;
  idDocumentKind: IdDocumentKind | null;
  idDocumentNumber: string | null;
  note: string | null;
  postalShipmentId: string | null;
}

/** FNV-1a of a string: a stable small number per dossier code. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const RELATIVES = [
  { name: "Nguyễn Văn Hùng", relation: "Chồng" },
  { name: "Trần Thị Lan", relation: "Vợ" },
  { name: "Lê Minh Tuấn", relation: "Con" },
  { name: "Phạm Thị Hoa", relation: "Con" },
  { name: "Hoàng Văn Nam", relation: "Anh ruột" },
  { name: "Vũ Thị Mai", relation: "Em ruột" },
] as const;

const EMPLOYEES = ["Đặng Quốc Bảo", "Bùi Thị Thu Trang", "Ngô Đức Anh", "Đỗ Thị Hương"] as const;

const isReturnMethod = (value: unknown): value is ReturnMethod =>
  typeof value === "string" && (RETURN_METHODS as readonly string[]).includes(value);

/**
 * The return's row of one generated dossier (null while not returned). Adds the result's number, the collector's kind
 * and the waybill to the return_result event's payload, as the command writes them (never a name or ID number).
 */
export function demoResultReturn(generated: GeneratedDossier): ResultReturnRow | null {
  const { dossier } = generated;
  const event = generated.events.findLast((row) => row.type === "return_result");
  if (!dossier.returnedAt || !event || !event.actorId) return null;
  const planned = event.payload?.method;
  if (!isReturnMethod(planned)) return null;
  // A dossier planned for an electronic return that got no e-result (a refusal has no signed result file) is handed
  // over at the desk: the app returns electronically only once an e-result is issued.
  const method: ReturnMethod = planned === "ONLINE" && !dossier.electronicResult ? "DESK" : planned;
  const hash = hashOf(dossier.code);
  const serial = Number(dossier.code.slice(-4)) || (hash % 900) + 1;
  const unitCode = dossier.code.split("-")[0] ?? "UBND";
  const resultNumber =
    generated.results.findLast((result) => result.dossierId === dossier.id)?.number ?? `${serial}/UBND-${unitCode}`;
  const shipment =
    method === "POST"
      ? generated.shipments.find((row) => row.direction === "OUTBOUND" && row.waybill !== "")
      : undefined;

  let collector: Pick<
    ResultReturnRow,
    | "collectorKind"
    | "collectorName"
    | "collectorRelation"
    | "authorisationPaper"
    | "idDocumentKind"
    | "idDocumentNumber"
  > = {
    collectorKind: null,
    collectorName: null,
    collectorRelation: null,
    authorisationPaper: null,
    idDocumentKind: null,
    idDocumentNumber: null,
  };
  if (method === "DESK") {
    const organisation = dossier.applicantKind === "ORGANISATION";
    const authorised = organisation || hash % 6 === 0;
    // A CCCD of Hà Nội (001) for the person at the counter, from the hash: 12 digits.
    const otherId = `0010${String(80 + (hash % 20)).padStart(2, "0")}${String(hash % 1_000_000).padStart(6, "0")}`;
    const relative = RELATIVES[hash % RELATIVES.length]!;
    const paperDate = formatDate(new Date(dossier.returnedAt.getTime() - ((hash % 20) + 1) * 86_400_000));
    collector = authorised
      ? {
          collectorKind: "AUTHORISED",
          collectorName: organisation ? EMPLOYEES[hash % EMPLOYEES.length]! : relative.name,
          collectorRelation: organisation ? "Nhân viên của tổ chức" : relative.relation,
          authorisationPaper: organisation
            ? `Giấy giới thiệu số ${(hash % 90) + 10}/GGT ngày ${paperDate}`
            : `Giấy ủy quyền chứng thực ngày ${paperDate}`,
          idDocumentKind: "CCCD",
          idDocumentNumber: otherId,
        }
      : {
          collectorKind: "APPLICANT",
          collectorName: dossier.applicantName,
          collectorRelation: null,
          authorisationPaper: null,
          idDocumentKind: "CCCD",
          idDocumentNumber: dossier.applicantIdNumber,
        };
  }

  event.payload = {
    ...event.payload,
    method,
    resultNumber,
    ...(collector.collectorKind ? { collectorKind: collector.collectorKind } : {}),
    ...(shipment ? { waybill: shipment.waybill } : {}),
  };
  return {
    id: `rr-${dossier.id}`,
    dossierId: dossier.id,
    method,
    returnedAt: dossier.returnedAt,
    returnedById: event.actorId,
    resultNumber,
    ...collector,
    note: null,
    postalShipmentId: shipment?.id ?? null,
  };
}
