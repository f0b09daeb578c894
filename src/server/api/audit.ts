import "server-only";
// Reads of applicants' personal data through the REST API (dossiers:personal), recorded like the staff's reads
// (Nghị định 13/2023): no staff actor, detail.by = "api" and the client's id, as src/server/data/audit.ts's
// recordApplicantDataRead does for the applicant. A failed write fails the read: no personal data leaves without it.
import { recordAudit } from "@/server/data/audit";
import type { ApiClientIdentity } from "./clients";

export async function recordApiDossierRead(client: ApiClientIdentity, code: string, view: "dossier" | "history") {
  await recordAudit({
    actorId: null,
    action: "personal_data.view_dossier",
    entity: "Dossier",
    entityId: code,
    detail: { by: "api", client: client.id, view },
  });
}

export async function recordApiDossierListRead(client: ApiClientIdentity, codes: readonly string[]) {
  if (codes.length === 0) return;
  await recordAudit({
    actorId: null,
    action: "personal_data.api_list_dossiers",
    entity: "ApiClient",
    entityId: client.id,
    detail: { by: "api", count: codes.length, codes: [...codes] },
  });
}
