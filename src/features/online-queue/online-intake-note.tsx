// On the staff dossier page of an online registration not received yet: the receiving desk is sent to the check
// page, where the components are checked and the dossier received, sent back for a supplement or refused.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/server/auth/session-user";
import { QUEUE_PATH } from "./queue-list";

export async function OnlineIntakeNote({
  user,
  dossier,
}: {
  user: SessionUser;
  dossier: { code: string; channel: string; status: string; receivedAt: Date | null; receivedUnitId: string };
}) {
  const waiting = dossier.status === "REGISTERED_ONLINE" || dossier.status === "WAITING_SUPPLEMENT";
  if (dossier.channel !== "ONLINE" || dossier.receivedAt !== null || !waiting) return null;
  if (user.role !== "RECEPTIONIST" || user.unitId !== dossier.receivedUnitId) return null;
  const t = await getTranslations("onlineQueue");
  return (
    <p role="note" className="mt-6 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-sm">
      {t("dossierNote")}{" "}
      <Link
        href={`${QUEUE_PATH}/${encodeURIComponent(dossier.code)}`}
        className="font-semibold text-blue-800 underline"
      >
        {t("dossierNoteLink", { code: dossier.code })}
      </Link>
    </p>
  );
}
