import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OnlineForm, stepToShow } from "@/features/online-submission/online-form";
import { cleanText, queryText } from "@/lib/text-input";
import { getCitizenSession } from "@/server/citizen/session";
import { onlineProcedure, reusableFiles } from "@/server/online-intake/context";
import { readDraft } from "@/server/online-intake/draft";
import { PageHeader } from "@/ui/page-header";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function procedureOf(raw: string) {
  let code: string;
  try {
    code = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const cleaned = cleanText(code, { max: 40 });
  return cleaned.ok ? onlineProcedure(cleaned.value) : null;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onlineSubmission"))("title") };
}

/** Nộp hồ sơ trực tuyến: contact check, then applicant, receiving unit and delivery, documents and review. */
export default async function OnlineSubmissionPage({ params, searchParams }: Props) {
  const procedure = await procedureOf((await params).code);
  if (!procedure) notFound();
  const t = await getTranslations("onlineSubmission");
  const session = await getCitizenSession();
  const draft = session ? await readDraft(session.contactId, procedure.version.procedureId) : null;
  const asked = queryText((await searchParams).buoc, 20);
  const step = stepToShow(asked.ok ? asked.value : undefined, draft ?? { contactId: "", procedureId: "" });
  const reusable = session && step === "giay-to" ? await reusableFiles(session.contactId) : [];
  return (
    <>
      <nav aria-label={t("title")} className="mb-3 text-sm">
        <Link href={`/thu-tuc/${encodeURIComponent(procedure.code)}`} className="text-blue-800 underline">
          {t("backToProcedure")}
        </Link>
      </nav>
      <PageHeader title={t("title")} description={t("subtitle", { procedure: procedure.name, code: procedure.code })} />
      <OnlineForm procedure={procedure} session={session} draft={draft} step={step} reusable={reusable} />
    </>
  );
}
