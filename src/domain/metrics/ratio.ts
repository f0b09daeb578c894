/** numerator ÷ denominator, or null when the denominator is zero: shown as N/A, never as 0 % or 100 %. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
