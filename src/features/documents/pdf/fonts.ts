// Noto Serif for the PDFs. @fontsource ships it split by Unicode subset and @react-pdf takes one file per
// family/weight/style, so each subset is its own family and the style's fontFamily lists them as a fallback stack:
// @react-pdf picks, per character, the first family that has the glyph ("Việt" = V, i, t from latin; ệ from
// vietnamese). The latin subset holds ASCII and à á â ã è é ê ì í ò ó ô õ ù ú ý; the vietnamese subset holds
// ă đ ĩ ũ ơ ư and U+1EA0–1EF9 (ạ ả ấ … ỹ) and ₫; latin-ext catches the rest.
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";

const SUBSETS = [
  { family: "NotoSerif", subset: "latin" },
  { family: "NotoSerifVietnamese", subset: "vietnamese" },
  { family: "NotoSerifLatinExt", subset: "latin-ext" },
] as const;

/** The fallback stack to use as `fontFamily` in every PDF style. */
export const PDF_FONT_STACK: string[] = SUBSETS.map((entry) => entry.family);

const VARIANTS = [
  { fontWeight: 400, fontStyle: "normal" },
  { fontWeight: 400, fontStyle: "italic" },
  { fontWeight: 700, fontStyle: "normal" },
  { fontWeight: 700, fontStyle: "italic" },
] as const;

let registered = false;

/** Registers the fonts once per process (Font is a global store). */
export function registerPdfFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const { family, subset } of SUBSETS) {
    Font.register({
      family,
      fonts: VARIANTS.map(({ fontWeight, fontStyle }) => ({
        // Resolved by Node at run time, not by the bundler (which cannot follow a computed name into the
        // package's wildcard exports); the fonts are read from node_modules.
        src: require.resolve(
          /* turbopackIgnore: true */ `@fontsource/noto-serif/files/noto-serif-${subset}-${fontWeight}-${fontStyle}.woff`,
        ),
        fontWeight,
        fontStyle,
      })),
    });
  }
  // Vietnamese words must not be split with hyphens (syllables are whole words already).
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
