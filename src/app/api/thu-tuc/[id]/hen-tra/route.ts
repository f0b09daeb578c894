// GET /api/thu-tuc/<id>/hen-tra — the appointment a dossier received now would get, computed on the server.
import { receptionistJson, isProcedureId } from "@/features/reception/api";
import { getDeskAppointment } from "@/server/data/reception";
import { UserFacingError } from "@/server/user-facing-error";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return receptionistJson(async (user) => {
    if (!isProcedureId(id)) throw new UserFacingError("Không tìm thấy thủ tục.");
    return getDeskAppointment(user, id);
  });
}
