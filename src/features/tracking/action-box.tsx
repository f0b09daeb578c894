/** "Việc ông/bà cần làm": what the applicant must do now, prominent when there is something to do. */
export function ActionBox({ title, text, urgent }: { title: string; text: string; urgent: boolean }) {
  return (
    <section
      aria-labelledby="tracking-action-title"
      className={`rounded-xl border-2 p-4 ${urgent ? "border-amber-600 bg-amber-50" : "border-gray-300 bg-white"}`}
      data-urgent={urgent}
    >
      <h3 id="tracking-action-title" className="text-lg font-semibold">
        {urgent ? (
          <span aria-hidden="true" className="mr-2">
            ☛
          </span>
        ) : null}
        {title}
      </h3>
      <p className="mt-2 text-base leading-relaxed">{text}</p>
    </section>
  );
}
