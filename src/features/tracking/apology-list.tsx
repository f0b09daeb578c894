export interface ApologyItem {
  heading: string;
  reason: string;
  newAppointment: string;
}

/** Phiếu xin lỗi và hẹn lại ngày trả kết quả (form 04) signed for this dossier; nothing when there is none. */
export function ApologyList({ title, intro, items }: { title: string; intro: string; items: ApologyItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="tracking-apologies-title" className="rounded-xl border-2 border-amber-600 bg-white p-4">
      <h3 id="tracking-apologies-title" className="text-lg font-semibold">
        {title}
      </h3>
      <p className="mt-1">{intro}</p>
      <ul className="mt-2 space-y-3">
        {items.map((item, index) => (
          <li key={index}>
            <p className="font-semibold">{item.heading}</p>
            <p>{item.reason}</p>
            <p>{item.newAppointment}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
