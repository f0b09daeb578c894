// Reading a GET query (a page's searchParams or a URL's): one value of a parameter, trimmed, and slugs of the URL
// mapped back to the keys they stand for. The filters of the work list, the reports and the audit log read this way.
import { z } from "zod";

/** A page's searchParams: a parameter may be missing, once or repeated. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter (a repeated one keeps its first). */
export const firstParam = (value: string | string[] | null | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : (value ?? undefined);

/** A parameter's value trimmed; a blank one counts as not given. Other values pass through for the schema. */
export const trimmedOrUndefined = (value: unknown) =>
  typeof value === "string" ? (value.trim() === "" ? undefined : value.trim()) : value;

/** A parameter holding one of the slugs: the key it stands for, or `message` for anything else; blank → undefined. */
export const slugParam = <K extends string>(slugs: Readonly<Record<K, string>>, message: string) =>
  z.preprocess(
    trimmedOrUndefined,
    z
      .string()
      .refine((value) => Object.values(slugs).includes(value), { error: message })
      .transform((value) => (Object.keys(slugs) as K[]).find((key) => slugs[key] === value)!)
      .optional(),
  );
