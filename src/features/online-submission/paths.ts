// Addresses of the online form and of "hồ sơ của tôi"; the only places a verified citizen is sent back to.
export const MY_DOSSIERS_PATH = "/ho-so-cua-toi";

export const ONLINE_STEPS = ["thong-tin", "nhan-ket-qua", "giay-to"] as const;
export type OnlineStep = (typeof ONLINE_STEPS)[number];

export const formPath = (procedureCode: string) => `/thu-tuc/${encodeURIComponent(procedureCode)}/nop-truc-tuyen`;
export const stepPath = (procedureCode: string, step: OnlineStep) => `${formPath(procedureCode)}?buoc=${step}`;

const FORM_PATH = /^\/thu-tuc\/[A-Za-z0-9.%_-]{1,120}\/nop-truc-tuyen$/;

/** The feedback form and a feedback item's tracking page (phản ánh, kiến nghị: src/features/feedback). */
const FEEDBACK_PATH = /^\/phan-anh-kien-nghi(\/tra-cuu(\?ma=PAKN-\d{4}-\d{6})?)?$/;

/**
 * A redirect target after verifying a contact: the online form of a procedure, "hồ sơ của tôi" or the feedback pages,
 * nothing else.
 */
export function safeNext(next: string): string {
  return next === MY_DOSSIERS_PATH || FORM_PATH.test(next) || FEEDBACK_PATH.test(next) ? next : MY_DOSSIERS_PATH;
}
