// Who signs a form for an office, and how a unit is named inside a sentence. Pure wording rules:
// - A unit's kind is a common noun inside running text ("tại UBND phường Sơn Tây", "của thị xã Sơn Tây"): only the
//   header and the signature, set in capitals, write it capitalised (Nghị định 30/2020/NĐ-CP, phụ lục II).
// - An apology letter (form 04) is signed by the head of the office at fault (DOMAIN.md, "Late dossiers"). Whether the
//   office has a seal of its own follows from data, the unit's level and the office's kind (never from their names):
//   a specialist office (DEPARTMENT) of a town, district or province — phòng, sở, ban — has its own seal, so its head
//   signs "(Ký, ghi rõ họ tên, đóng dấu)". At commune level (phường, xã, đặc khu) the offices are sections of the
//   People's Committee ("Tư pháp - Hộ tịch", "Văn phòng HĐND và UBND") and the one seal is the committee's: the head
//   signs on behalf of the unit, the section named under it, with a plain "(Ký và ghi rõ họ tên)". The desk
//   (RECEPTION) has no seal at any level. The leadership (LEADERSHIP) signs for the committee, with its seal.
import { upperVi } from "./format";
import { SIGN_NOTE } from "./forms/common";
import type { Issuer, OfficeKind, UnitLevel } from "./model";

export type { OfficeKind, UnitLevel };
import type { Signature } from "./spec";

/** A unit kind as a common noun inside a sentence: "Thị xã" → "thị xã". */
export const kindInSentence = (kindLabel: string) => kindLabel.normalize("NFC").toLocaleLowerCase("vi");

/** "Phường" + "Sơn Tây" → "phường Sơn Tây", for running text (from the unit's own kind); the name keeps its capitals. */
export const unitInSentence = (unit: { kindLabel: string; name: string }): string =>
  `${kindInSentence(unit.kindLabel)} ${unit.name}`;

/** "UBND phường Sơn Tây": the people's committee of the issuing unit, inside a sentence. */
export const committeeInSentence = (issuer: Pick<Issuer, "unitInSentence">) => `UBND ${issuer.unitInSentence}`;

/** The office that signs, as the data describes it. */
export interface SigningOffice {
  name: string;
  kind: OfficeKind;
  /** The level of the office's unit. */
  unitLevel: UnitLevel;
}

/** Whether the office signs with a seal of its own: a specialist office above commune level. */
export const officeHasSeal = (office: Pick<SigningOffice, "kind" | "unitLevel">): boolean =>
  office.kind === "DEPARTMENT" && office.unitLevel !== "COMMUNE";

/** The office at fault in running text: a section is named with its unit ("Tư pháp - Hộ tịch, UBND phường Sơn Tây"). */
export function officeInSentence(office: SigningOffice, issuer: Pick<Issuer, "unitInSentence">): string {
  return officeHasSeal(office) || office.kind === "LEADERSHIP"
    ? office.name
    : `${office.name}, ${committeeInSentence(issuer)}`;
}

export const SEAL_SIGN_NOTE = "(Ký, ghi rõ họ tên, đóng dấu)";
export const PLAIN_SIGN_NOTE = SIGN_NOTE;

/**
 * The signature block of the office at fault (form 04, and any form an office signs): a sealed office signs as itself
 * with its seal; the leadership signs for the committee with the committee's seal; a section or the desk signs for
 * its unit, named under it, without a seal.
 */
export function officeSignature(
  office: SigningOffice,
  issuer: Pick<Issuer, "unitName">,
  signer: string | null,
): Signature {
  const name = signer ?? undefined;
  if (officeHasSeal(office)) return { title: `ĐẠI DIỆN ${upperVi(office.name)}`, note: SEAL_SIGN_NOTE, name };
  const committee = `ĐẠI DIỆN ${upperVi(`UBND ${issuer.unitName}`)}`;
  if (office.kind === "LEADERSHIP") return { title: committee, note: SEAL_SIGN_NOTE, name };
  return { title: committee, subtitle: upperVi(office.name), note: PLAIN_SIGN_NOTE, name };
}
