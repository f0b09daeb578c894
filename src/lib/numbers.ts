// Numbers the Vietnamese way, whatever the browser's or the server's locale.

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** 30000 → "30.000": rounded to a whole number, a dot between thousands. */
export function groupThousands(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}${String(Math.abs(Math.round(amount))).replace(THOUSANDS, ".")}`;
}

/**
 * Rounds half up to `decimals` places on the decimal digits as written (1.005 → 1.01, 91.125 → 91.13), which
 * Math.round(x × 100) ÷ 100 misses when x × 100 is just below the half in binary (1.005 × 100 = 100.49999…).
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const shifted = Math.round(Number(shiftDecimal(String(value), decimals)));
  const result = Number(shiftDecimal(String(shifted), -decimals));
  return Object.is(result, -0) ? 0 : result;
}

/** "1.005", 2 → "1.005e2"; "1e-7", 2 → "1e-5": moves the decimal point in the text, not in binary. */
function shiftDecimal(text: string, places: number): string {
  const [mantissa, exponent = "0"] = text.split("e");
  return `${mantissa}e${Number(exponent) + places}`;
}
