// Who signs a form for an office, and how a unit is named inside a sentence. Pure wording rules:
// - A unit's kind is a common noun inside running text ("tại UBND phường Sơn Tây", "của thị xã Sơn Tây"): only the
//   header and the signature, set in capitals, write it capitalised (Nghị định 30/2020/NĐ-CP, phụ lục II).
// - An apology letter (form 04) is signed by the head of the office at fault (DOMAIN.md, "Late dossiers"). A specialist
//   agency (phòng, sở, ban, văn phòng of a town or province; a "Phòng …" of a 2025 commune) has its own seal, so its
//   head signs "(Ký, ghi rõ họ tên, đóng dấu)". A section of a ward or commune ("Tư pháp - Hộ tịch", "Văn phòng HĐND
//   và UBND", "Địa chính - Xây dựng") has no seal: its head signs on behalf of the unit, named above the section,
//   with a plain "(Ký và ghi rõ họ tên)".
import { upperVi } from "./format";
import { SIGN_NOTE } from "./forms/common";
import type { Issuer } from "./model";
import type { Signature } from "./spec";

/** Kinds of administrative unit as written before the name, longest first so "Thị xã" wins over a bare prefix. */
export const UNIT_KIND_LABELS = [
  "Thành phố",
  "Thị trấn",
  "Thị xã",
  "Đặc khu",
  "Phường",
  "Huyện",
  "Quận",
  "Tỉnh",
  "Xã",
] as const;

/** Kinds at commune level (cấp xã): their offices are sections without a seal, save a 2025 "Phòng". */
const COMMUNE_KINDS: ReadonlySet<string> = new Set(["Phường", "Xã", "Thị trấn", "Đặc khu"]);

/** "Phường Sơn Tây" → { kind: "Phường", name: "Sơn Tây" }; a name without a known kind → kind null. */
export function splitUnitName(unitName: string): { kind: string | null; name: string } {
  const text = unitName.normalize("NFC").trim();
  for (const kind of UNIT_KIND_LABELS) {
    if (text.toLocaleLowerCase("vi").startsWith(`${kind.toLocaleLowerCase("vi")} `))
      return { kind, name: text.slice(kind.length + 1).trim() };
  }
  return { kind: null, name: text };
}

/** A unit kind as a common noun inside a sentence: "Thị xã" → "thị xã". */
export const kindInSentence = (kindLabel: string) => kindLabel.normalize("NFC").toLocaleLowerCase("vi");

/** "Phường Sơn Tây" → "phường Sơn Tây", for running text; the proper name keeps its capitals. */
export function unitInSentence(unitName: string): string {
  const { kind, name } = splitUnitName(unitName);
  return kind ? `${kindInSentence(kind)} ${name}` : name;
}

/** "UBND phường Sơn Tây": the people's committee of a unit, inside a sentence. */
export const committeeInSentence = (unitName: string) => `UBND ${unitInSentence(unitName)}`;

/** Whether a unit (by its display name, "Phường Sơn Tây") is at commune level. */
export const isCommuneLevel = (unitName: string) => COMMUNE_KINDS.has(splitUnitName(unitName).kind ?? "");

/** Agencies that carry their own seal: a phòng, sở, ban or văn phòng, or a public administration centre. */
const SEALED_OFFICE_RE = /^(Phòng|Sở|Ban|Văn phòng|Trung tâm|Chi cục)\s/u;

/**
 * Whether an office signs with its own seal. At commune level only a "Phòng …" (the specialist offices of the 2025
 * communes) has one; a ward's sections, its Văn phòng HĐND và UBND included, have none. Above, every phòng, sở, ban
 * or văn phòng does; a "Bộ phận …" never does.
 */
export function officeHasSeal(officeName: string, unitName: string): boolean {
  const office = officeName.normalize("NFC").trim();
  if (isCommuneLevel(unitName)) return /^Phòng\s/u.test(office);
  return SEALED_OFFICE_RE.test(office);
}

/** The office at fault in running text: a section is named with its unit ("Tư pháp - Hộ tịch, UBND phường Sơn Tây"). */
export function officeInSentence(officeName: string, issuer: Pick<Issuer, "unitName">): string {
  return officeHasSeal(officeName, issuer.unitName)
    ? officeName
    : `${officeName}, ${committeeInSentence(issuer.unitName)}`;
}

export const SEAL_SIGN_NOTE = "(Ký, ghi rõ họ tên, đóng dấu)";
export const PLAIN_SIGN_NOTE = SIGN_NOTE;

/**
 * The signature block of the office at fault (form 04, and any form an office signs): a sealed office signs as itself
 * with its seal; a section signs for its unit, the section named under it, without a seal.
 */
export function officeSignature(
  officeName: string,
  issuer: Pick<Issuer, "unitName">,
  signer: string | null,
): Signature {
  const name = signer ?? undefined;
  if (officeHasSeal(officeName, issuer.unitName))
    return { title: `ĐẠI DIỆN ${upperVi(officeName)}`, note: SEAL_SIGN_NOTE, name };
  return {
    title: `ĐẠI DIỆN ${upperVi(`UBND ${issuer.unitName}`)}`,
    subtitle: upperVi(officeName),
    note: PLAIN_SIGN_NOTE,
    name,
  };
}
