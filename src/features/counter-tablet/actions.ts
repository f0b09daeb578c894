"use server";
// Server actions of the counter tablet: the administrator's pairing code and revocation (/quan-tri/don-vi/[code]), the
// receptionist's counter (/tiep-nhan), the tablet's pairing (/quay/ghep-noi) and the citizen's rating (/quay/danh-gia).
import { revalidatePath } from "next/cache";
import { ACTION_ROLES } from "@/domain/access";
import {
  createPairingSchema,
  kioskRatingSchema,
  pairTabletSchema,
  tabletIdSchema,
  takeSeatSchema,
} from "@/domain/counter-tablet";
import { defineAction, UserFacingError } from "@/server/actions/define-action";
import {
  createPairing,
  defineKioskAction,
  pairTablet,
  revokeTablet,
  setTabletCookie,
  submitKioskRating,
  takeSeat,
} from "@/server/counter-tablet";
import {
  clearFailures,
  kioskRatingsByTablet,
  minutesToWait,
  recordFailure,
  secondsBlocked,
  tabletPairingFailuresByAddress,
} from "@/server/rate-limit";

export const createPairingAction = defineAction({
  roles: ACTION_ROLES.counterTabletAdmin,
  input: createPairingSchema,
  run: async (input, user) => {
    const result = await createPairing(input, user);
    revalidatePath("/quan-tri/don-vi", "layout");
    return { code: result.code, label: result.label, expiresAt: result.expiresAt.toISOString() };
  },
});

export const revokeTabletAction = defineAction({
  roles: ACTION_ROLES.counterTabletAdmin,
  input: tabletIdSchema,
  run: async (input, user) => {
    await revokeTablet(input, user);
    revalidatePath("/quan-tri/don-vi", "layout");
    return { revoked: true };
  },
});

export const takeSeatAction = defineAction({
  roles: ACTION_ROLES.counterSeat,
  input: takeSeatSchema,
  run: async (input, user) => {
    const result = await takeSeat(input, user);
    revalidatePath("/tiep-nhan");
    return result;
  },
});

export const pairTabletAction = defineKioskAction({
  paired: false,
  input: pairTabletSchema,
  run: async (input, { address }) => {
    const blocked = await secondsBlocked(tabletPairingFailuresByAddress, address);
    if (blocked > 0)
      throw new UserFacingError(
        `Đã nhập sai mã quá nhiều lần. Xin vui lòng thử lại sau ${minutesToWait(blocked)} phút.`,
      );
    try {
      const { tabletId, token } = await pairTablet(input.code, address);
      await setTabletCookie(tabletId, token);
      await clearFailures(tabletPairingFailuresByAddress, address);
      return { paired: true };
    } catch (error) {
      if (error instanceof UserFacingError) await recordFailure(tabletPairingFailuresByAddress, address);
      throw error;
    }
  },
});

export const kioskRateAction = defineKioskAction({
  paired: true,
  input: kioskRatingSchema,
  fromForm: (formData) => ({
    stars: formData.get("stars") ?? undefined,
    reasons: formData.getAll("reasons[]"),
    comment: formData.get("comment") ?? undefined,
  }),
  run: async (input, { tablet, address }) => {
    const blocked = await secondsBlocked(kioskRatingsByTablet, tablet.id);
    if (blocked > 0)
      throw new UserFacingError(
        `Máy đã nhận nhiều đánh giá trong thời gian ngắn. Xin vui lòng thử lại sau ${minutesToWait(blocked)} phút.`,
      );
    await recordFailure(kioskRatingsByTablet, tablet.id);
    const outcome = await submitKioskRating(tablet, input, new Date(), address);
    // The dossier code stays on the server: the kiosk is public and shows no dossier.
    return { kind: outcome.kind };
  },
});
