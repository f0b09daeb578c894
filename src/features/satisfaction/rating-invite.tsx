// "Đánh giá mức độ hài lòng" beside the tracking result, once the result is returned: a link to the rating page,
// or thanks when this channel already has the dossier's rating. Shows nothing before the return.
import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ratingInviteFor } from "@/server/satisfaction";

export async function RatingInvite({ code, factor }: { code: string; factor: string }) {
  const invite = await ratingInviteFor({ code, factor }, await headers());
  if (!invite) return null;
  const t = await getTranslations("satisfaction.invite");
  return (
    <section
      aria-labelledby="rating-invite-title"
      className="max-w-3xl rounded-xl border border-gray-200 bg-white p-4"
      data-testid="rating-invite"
    >
      <h2 id="rating-invite-title" className="text-lg font-semibold text-brand-700">
        {t("title")}
      </h2>
      {invite.path ? (
        <>
          <p className="mt-1">{t("text")}</p>
          <Link
            href={invite.path}
            className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t("link")}
          </Link>
        </>
      ) : (
        <p className="mt-1">{t("rated")}</p>
      )}
    </section>
  );
}
