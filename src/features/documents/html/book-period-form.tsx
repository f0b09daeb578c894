// The tracking book's period: two days typed as dd/mm/yyyy and "Xem sổ", a plain GET form (works without JavaScript)
// that reloads the book for the chosen period; the toolbar's "In sổ" then prints it landscape.
import { BOOK_MAX_DAYS } from "@/domain/documents/format";
import { documentLinks } from "@/domain/documents/links";
import { formatDateVi } from "@/domain/calendar";

const inputClass = "mt-1 block w-36 rounded-md border border-gray-400 px-3 py-2 text-base";

export function BookPeriodForm({ from, to, error }: { from?: string; to?: string; error?: string }) {
  return (
    <form action={documentLinks.trackingBook()} method="get" aria-label="Chọn thời gian in sổ" className="no-print">
      <div className="flex flex-wrap items-end gap-3">
        {(
          [
            ["tu", "Từ ngày", from],
            ["den", "Đến ngày", to],
          ] as const
        ).map(([name, label, day]) => (
          <label key={name} className="block">
            {label}
            <input
              name={name}
              defaultValue={day ? formatDateVi(day) : ""}
              inputMode="numeric"
              autoComplete="off"
              placeholder="dd/mm/yyyy"
              maxLength={10}
              required
              aria-describedby="book-period-hint"
              className={inputClass}
            />
          </label>
        ))}
        <button
          type="submit"
          className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
        >
          Xem sổ
        </button>
      </div>
      <p id="book-period-hint" className="mt-1 text-muted">
        Nhập ngày theo dạng dd/mm/yyyy; mỗi lần in tối đa {BOOK_MAX_DAYS} ngày.
      </p>
      {error ? (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
