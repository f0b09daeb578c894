// The page of an HTTP status (403, 404): the code, a title, a sentence and a link back. `standalone` pages (outside
// any layout) are the document's <main>; inside the staff layout the page is a plain block of its main.
import Link from "next/link";

export function StatusPage({
  code,
  title,
  body,
  back,
  href,
  standalone = false,
  testId,
}: {
  code: number;
  title: React.ReactNode;
  body: React.ReactNode;
  /** The link's text. */
  back: React.ReactNode;
  href: string;
  standalone?: boolean;
  testId?: string;
}) {
  const content = (
    <>
      <p className="text-5xl font-semibold text-brand-700">{code}</p>
      <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-muted">{body}</p>
      <Link href={href} className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {back}
      </Link>
    </>
  );
  return standalone ? (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center" data-testid={testId}>
      {content}
    </main>
  ) : (
    <div className="mx-auto max-w-xl py-12 text-center" data-testid={testId}>
      {content}
    </div>
  );
}
