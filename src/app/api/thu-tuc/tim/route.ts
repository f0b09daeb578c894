// GET /api/thu-tuc/tim?q=ket+hon — the desk's procedure search (receptionists only), as JSON.
import type { NextRequest } from "next/server";
import { receptionistJson } from "@/features/reception/api";
import { searchDeskProcedures } from "@/server/data/reception";

export function GET(request: NextRequest) {
  const query = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 100);
  return receptionistJson(async (user) => ({ results: await searchDeskProcedures(user, query) }));
}
