// A field's error block: aria-live so a screen reader hears the server's message, referenced by the input's
// aria-describedby. Always rendered (empty when fine) so the reference never dangles.
export function FieldError({ id, messages }: { id: string; messages?: readonly string[] }) {
  return (
    <div id={id} aria-live="polite">
      {messages?.map((message) => (
        <p key={message} className="mt-1 text-sm font-semibold text-red-800">
          {message}
        </p>
      ))}
    </div>
  );
}

/** The id of a field's error block: "documents.0.count" → "err-documents-0-count". */
export const errorIdOf = (key: string) => `err-${key.replaceAll(".", "-")}`;

export const inputClass =
  "mt-1 w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base aria-invalid:border-2 aria-invalid:border-red-700 disabled:bg-gray-100";
export const labelClass = "block font-semibold";
