import { redirect } from "next/navigation";

/** The worklist lives at /ho-so; keep old links and bookmarks working, with their filters. */
export default async function OldWorklistPath({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams))
    for (const one of [value].flat()) if (one !== undefined) params.append(key, one);
  const query = params.toString();
  redirect(query ? `/ho-so?${query}` : "/ho-so");
}
