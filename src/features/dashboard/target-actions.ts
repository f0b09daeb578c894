"use server";
// The administrator's yearly targets of the headline indicators: zod (percentages 0–100), ADMIN only, one transaction
// with its audit row (src/server/data/indicator-targets.ts).
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import { indicatorTargetsInput } from "@/domain/metrics";
import { defineAction } from "@/server/actions/define-action";
import { saveIndicatorTargets } from "@/server/data/indicator-targets";

export const saveIndicatorTargetsAction = defineAction({
  roles: ACTION_ROLES.indicatorTargetAdmin,
  input: indicatorTargetsInput,
  run: async ({ year, ...targets }, user) => {
    await saveIndicatorTargets(year, targets, user.id);
    revalidatePath("/quan-tri/chi-tieu");
    revalidatePath("/lanh-dao");
    return { year };
  },
});
