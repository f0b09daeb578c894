"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function StaffNavLinks({
  items,
  label,
  width = "max-w-7xl",
}: {
  items: { href: string; label: string }[];
  label: string;
  /** The page's content width, so the menu lines up with the header above it (the public pages: max-w-6xl). */
  width?: "max-w-6xl" | "max-w-7xl";
}) {
  const pathname = usePathname();
  // The longest entry that contains this address is the current one: on /tiep-nhan/moi that is "Tiếp nhận hồ sơ
  // mới", not also "Tiếp nhận hồ sơ" (/tiep-nhan).
  const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const currentHref = items
    .map((item) => item.href)
    .filter(matches)
    .reduce<string | null>(
      (longest, href) => (longest === null || href.length > longest.length ? href : longest),
      null,
    );
  return (
    <nav aria-label={label} className={`mx-auto ${width} px-4`}>
      {/* Entries wrap to a second row on a narrow screen; a label never breaks inside ("Trang / chủ" at 390 px). */}
      <ul className="flex flex-wrap gap-x-1">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm ${current ? "border-brand-700 font-semibold text-brand-700" : "border-transparent hover:border-gray-300"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
