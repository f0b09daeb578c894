// Numbers the Vietnamese way, whatever the browser's or the server's locale.

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** 30000 → "30.000": rounded to a whole number, a dot between thousands. */
export function groupThousands(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}${String(Math.abs(Math.round(amount))).replace(THOUSANDS, ".")}`;
}
