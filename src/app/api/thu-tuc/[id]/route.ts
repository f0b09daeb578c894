// GET /api/thu-tuc/<id> — checklist, facts and appointment preview of a procedure for the desk (receptionists only).
import { receptionistJson, isProcedureId } from "@/features/reception/api";
import { getDeskProcedure } from "@/server/data/reception";
import { UserFacingError } from "@/server/user-facing-error";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return receptionistJson(async (user) => {
    if (!isProcedureId(id)) throw new UserFacingError("Không tìm thấy thủ tục.");
    return getDeskProcedure(user, id);
  });
}
