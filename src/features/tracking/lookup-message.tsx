/** The neutral answers (not found, blocked, malformed input), announced politely to screen readers. */
export function LookupMessage({ text, help, tone }: { text: string; help?: string; tone: "neutral" | "warning" }) {
  return (
    <div
      role="status"
      className={`rounded-xl border-2 p-4 text-base ${tone === "warning" ? "border-amber-600 bg-amber-50" : "border-gray-400 bg-white"}`}
    >
      <p className="font-semibold">{text}</p>
      {help ? <p className="mt-2 text-muted">{help}</p> : null}
    </div>
  );
}
