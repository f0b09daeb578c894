// The online form of one procedure, as the page shows it: the steps, the contact check when there is no verified
// contact, then the step asked for (never one whose earlier steps are missing).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { maskContact } from "@/domain/online-submission";
import { fullAddress } from "@/domain/postal";
import { formatDate } from "@/lib/dates";
import { groupThousands } from "@/lib/numbers";
import type { CitizenSession } from "@/server/citizen/session";
import type { OnlineProcedure, ReusableFile } from "@/server/online-intake/context";
import type { OnlineDraft } from "@/server/online-intake/draft";
import { buttonClass } from "@/ui/form";
import { FactList } from "@/ui/fact-list";
import { getDossierLabels } from "@/ui/labels";
import { endCitizenSessionAction } from "./actions";
import { ApplicantForm } from "./applicant-form";
import { ContactVerification } from "./contact-verification";
import { DeliveryForm } from "./delivery-form";
import { DocumentsForm } from "./documents-form";
import { formPath, ONLINE_STEPS, stepPath, type OnlineStep } from "./paths";

/** The step to show: the one asked for, unless an earlier one is still missing. */
export function stepToShow(asked: string | undefined, draft: OnlineDraft): OnlineStep {
  const wanted = (ONLINE_STEPS as readonly string[]).includes(asked ?? "") ? (asked as OnlineStep) : "thong-tin";
  if (!draft.applicant) return "thong-tin";
  if (wanted === "giay-to" && !draft.delivery) return "nhan-ket-qua";
  return wanted;
}

async function StepNav({ current }: { current: "contact" | OnlineStep }) {
  const t = await getTranslations("onlineSubmission.steps");
  const order = ["contact", ...ONLINE_STEPS] as const;
  const names = {
    contact: t("contact"),
    "thong-tin": t("applicant"),
    "nhan-ket-qua": t("delivery"),
    "giay-to": t("documents"),
  };
  const at = order.indexOf(current);
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ol className="flex flex-wrap gap-2 text-sm">
        {order.map((step, index) => (
          <li
            key={step}
            aria-current={index === at ? "step" : undefined}
            className={`rounded-full border px-3 py-1 ${index === at ? "border-brand-700 bg-brand-700 text-white" : index < at ? "border-green-700 text-green-900" : "border-gray-300 text-muted"}`}
          >
            {index + 1}. {names[step]}
            <span className="sr-only"> {index === at ? t("current") : index < at ? t("done") : ""}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

// A plain form (no client state): the bound action posts the form alone.
const endSession = endCitizenSessionAction.bind(null, undefined) as unknown as (formData: FormData) => Promise<void>;

export async function SessionBar({ session, next }: { session: CitizenSession; next: string }) {
  const t = await getTranslations("onlineSubmission.session");
  return (
    <form action={endSession} className="mb-4 flex flex-wrap items-center gap-3 text-sm">
      <input type="hidden" name="next" value={next} />
      <span>{t("signedInAs", { masked: maskContact({ kind: session.kind, value: session.value }) })}</span>
      <button type="submit" className={buttonClass("secondary", "sm")}>
        {t("end")}
      </button>
    </form>
  );
}

export async function OnlineForm({
  procedure,
  session,
  draft,
  step,
  reusable,
}: {
  procedure: OnlineProcedure;
  session: CitizenSession | null;
  draft: OnlineDraft | null;
  step: OnlineStep;
  reusable: readonly ReusableFile[];
}) {
  const code = procedure.code;
  if (!session || !draft)
    return (
      <>
        <StepNav current="contact" />
        <ContactVerification purpose="submit" next={formPath(code)} />
      </>
    );
  const version = procedure.version;
  return (
    <>
      <StepNav current={step} />
      <SessionBar session={session} next={formPath(code)} />
      {step === "thong-tin" ? (
        <ApplicantForm procedureCode={code} saved={draft.applicant} />
      ) : step === "nhan-ket-qua" ? (
        <DeliveryForm
          procedureCode={code}
          units={procedure.units}
          postalReturnAllowed={version.postalReturnAllowed}
          saved={draft.delivery}
          backHref={stepPath(code, "thong-tin")}
        />
      ) : (
        <DocumentsForm
          procedureCode={code}
          components={version.documents.map((document) => ({
            position: document.position,
            name: document.name,
            optional: document.optional,
            uploadable: document.uploadable,
          }))}
          reusable={reusable.map((file) => ({
            id: file.id,
            label: `${file.label || file.fileName} (${file.fileName}) — hồ sơ ${file.dossierCode}, ${formatDate(file.uploadedAt)}`,
          }))}
          backHref={stepPath(code, "nhan-ket-qua")}
        >
          <Review procedure={procedure} draft={draft} />
        </DocumentsForm>
      )}
    </>
  );
}

/** Everything entered, the receiving unit's address, hours and phone, and the fees. */
async function Review({ procedure, draft }: { procedure: OnlineProcedure; draft: OnlineDraft }) {
  const [t, td, ta, labels] = await Promise.all([
    getTranslations("onlineSubmission.review"),
    getTranslations("onlineSubmission.delivery"),
    getTranslations("onlineSubmission.applicant"),
    getDossierLabels(),
  ]);
  const applicant = draft.applicant!;
  const delivery = draft.delivery!;
  const unit = procedure.units.find((candidate) => candidate.id === delivery.unitId);
  const version = procedure.version;
  const total = version.feeAmount + version.chargeAmount;
  const fees =
    version.feeTiming === "EXEMPT" || total === 0
      ? t("feeNone")
      : t(version.feeTiming === "BEFORE_INTAKE" ? "feeBefore" : "feeAfter", {
          amount: `${groupThousands(total)} đồng`,
        });
  const edit = (step: OnlineStep) => (
    <Link href={stepPath(procedure.code, step)} className="text-sm text-blue-800 underline">
      {t("edit")}
    </Link>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-2" data-testid="review">
      <section aria-labelledby="review-applicant" className="rounded-xl border border-gray-200 bg-white p-5">
        <div className="flex items-baseline justify-between">
          <h2 id="review-applicant" className="text-lg font-semibold">
            {t("applicantTitle")}
          </h2>
          {edit("thong-tin")}
        </div>
        <FactList
          className="mt-3 space-y-2 text-sm"
          facts={[
            [ta("kind"), labels.applicantKind(applicant.applicantKind)],
            [ta("name"), applicant.applicantName],
            [ta("idNumber"), applicant.applicantIdNumber],
            [ta("phone"), applicant.applicantPhone],
            ...(applicant.applicantEmail ? [[ta("email"), applicant.applicantEmail] as const] : []),
            [ta("address"), applicant.applicantAddress],
          ]}
        />
      </section>
      <section aria-labelledby="review-delivery" className="rounded-xl border border-gray-200 bg-white p-5">
        <div className="flex items-baseline justify-between">
          <h2 id="review-delivery" className="text-lg font-semibold">
            {t("deliveryTitle")}
          </h2>
          {edit("nhan-ket-qua")}
        </div>
        <FactList
          className="mt-3 space-y-2 text-sm"
          testId="review-unit"
          facts={[
            [td("unit"), unit ? `${unit.kindLabel} ${unit.name}` : "—"],
            [t("unitAddress"), unit?.address ?? t("notGiven")],
            [t("unitHours"), unit?.openingHours ?? t("notGiven")],
            [t("unitPhone"), unit?.phone ?? t("notGiven")],
            [td("how"), td(delivery.resultDelivery)],
            ...("receiver" in delivery && delivery.receiver
              ? [
                  [
                    t("receiver"),
                    `${delivery.receiver.name}, ${delivery.receiver.phone}, ${fullAddress(delivery.receiver)}`,
                  ] as const,
                ]
              : []),
            [t("fees"), fees],
          ]}
        />
      </section>
    </div>
  );
}
