// Addresses of the feedback pages (public and staff).
export const FEEDBACK_FORM_PATH = "/phan-anh-kien-nghi";
export const FEEDBACK_TRACKING_PATH = "/phan-anh-kien-nghi/tra-cuu";
export const FEEDBACK_PUBLISHED_PATH = "/phan-anh-kien-nghi/da-tra-loi";
export const STAFF_FEEDBACK_PATH = "/phan-anh";

export const feedbackTrackingPath = (code: string) => `${FEEDBACK_TRACKING_PATH}?ma=${encodeURIComponent(code)}`;
export const staffFeedbackPath = (code: string) => `${STAFF_FEEDBACK_PATH}/${encodeURIComponent(code)}`;
