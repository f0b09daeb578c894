"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function StaffNavLinks({ items, label }: { items: { href: string; label: string }[]; label: string }) {
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
    <nav aria-label={label} className="mx-auto max-w-7xl overflow-x-auto px-4">
      <ul className="flex gap-1">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm ${current ? "border-brand-700 font-semibold text-brand-700" : "border-transparent hover:border-gray-300"}`}
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
