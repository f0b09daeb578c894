// GET /api/thu-tuc/<id>/hen-tra — the appointment a dossier received now would get, computed on the server.
import { ROUTE_ACCESS } from "@/domain/access";
import { DESK_ROUTE_MESSAGES, procedureIdParams } from "@/features/reception/api";
import { getDeskAppointment } from "@/server/data/reception";
import { defineRoute } from "@/server/routes/define-route";

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/thu-tuc/[id]/hen-tra"],
  params: procedureIdParams,
  messages: DESK_ROUTE_MESSAGES,
  run: ({ user, params }) => getDeskAppointment(user, params.id),
});
