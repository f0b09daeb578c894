"use server";
// An administrator adds a version of the Decision 766 table (issue 13 item 3): zod over the form (every number, then
// the table as a whole), ADMIN only, stored with its audit row in one transaction; the scorecard reads it for every
// period ending on or after its first day.
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { editedTableInput, SCORECARD_VERSIONS } from "@/domain/decision-766";
import { defineAction } from "@/server/actions/define-action";
import { addScorecardVersion } from "@/server/data/decision-766-versions";

// Edits start from the built-in table: what an indicator counts is what the code computes.
const BASE = SCORECARD_VERSIONS.at(-1)!;

export const addScorecardVersionAction = defineAction({
  roles: ACTION_ROLES.scorecardVersionAdmin,
  input: editedTableInput(BASE, BASE.id),
  run: async (table, user) => {
    const version = await addScorecardVersion(table, user.id);
    revalidatePath("/quan-tri/chi-so-766");
    revalidatePath("/lanh-dao/chi-so-766");
    return { id: version.id };
  },
});
