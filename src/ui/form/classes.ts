// The kit's Tailwind classes, for the rare element that cannot be one of the kit's components (a Link styled as a
// button, a control inside a table cell). Server and client components alike.

/** Text inputs, selects and text areas: one look, a red border and ring while aria-invalid. */
export const controlClass =
  "mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700 disabled:bg-gray-100";
export const labelClass = "block text-sm font-semibold";
export const hintClass = "mt-1 text-xs text-muted";
export const errorTextClass = "mt-1 text-sm text-red-800";

export type ButtonVariant = "primary" | "secondary" | "danger" | "link";
export type ButtonSize = "sm" | "md" | "lg";

const variantClass: Record<ButtonVariant, string> = {
  primary: "rounded-md bg-brand-700 font-semibold text-white hover:bg-brand-600",
  secondary: "rounded-md border border-gray-500 bg-white hover:bg-gray-100",
  danger: "rounded-md bg-red-800 font-semibold text-white hover:bg-red-700",
  link: "rounded-sm text-blue-800 underline underline-offset-2 hover:text-blue-950",
};

const sizeClass: Record<ButtonSize, string> = {
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2",
  lg: "px-6 py-3 text-lg",
};

/** The classes of a button (or of a link that looks like one). Link-like buttons have no padding. */
export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md", extra?: string): string {
  return [variantClass[variant], variant === "link" ? "" : sizeClass[size], "disabled:opacity-60", extra]
    .filter(Boolean)
    .join(" ");
}

/** A pill link (quick filter, tab of a list): the current one filled with the brand colour. Pair with aria-current. */
export function pillClass(current: boolean): string {
  return `inline-flex items-center gap-1 rounded-full border px-3 py-1 ${current ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-gray-400 bg-white hover:bg-gray-100"}`;
}
