// GET /api/thu-tuc/<id> — checklist, facts and appointment preview of a procedure for the desk (receptionists only).
import { ROUTE_ACCESS } from "@/domain/access";
import { DESK_ROUTE_MESSAGES, procedureIdParams } from "@/features/reception/api";
import { getDeskProcedure } from "@/server/data/reception";
import { defineRoute } from "@/server/routes/define-route";

export const GET = defineRoute({
  access: ROUTE_ACCESS["/api/thu-tuc/[id]"],
  params: procedureIdParams,
  messages: DESK_ROUTE_MESSAGES,
  run: ({ user, params }) => getDeskProcedure(user, params.id),
});
