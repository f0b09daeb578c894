// Tailwind classes shared by the calendar forms (server and client components alike).
export const inputClass = "mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700";
export const labelClass = "block text-sm font-semibold";
export const hintClass = "mt-1 text-xs text-muted";
export const primaryButtonClass = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60";
export const secondaryButtonClass = "rounded-md border border-gray-500 bg-white px-3 py-1.5 text-sm hover:bg-gray-100 disabled:opacity-60";
