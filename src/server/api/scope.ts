import "server-only";
// The units an API client may read: the one place that decides it, so every route (dossiers, history, statistics)
// reads the same set. The client's unit, every unit below it, and the units these continue (merged or split into
// them, with theirs below), exactly as a leader of that unit reads them (src/server/auth/guard.ts).
import { unitTreeAndPredecessorIds } from "@/server/data/unit-tree";

export interface ScopedClient {
  unitId: string | null;
}

/** Ids of the units whose dossiers and figures the client may read; none for a catalogue-only client. */
export async function apiScopeUnitIds(client: ScopedClient): Promise<string[]> {
  if (!client.unitId) return [];
  return unitTreeAndPredecessorIds(client.unitId);
}
