// What an API client may read beyond the public catalogue, granted by an administrator when the client is created
// (ApiClient.permissions). The catalogue needs no key. Dossiers and statistics are read only inside the client's unit
// and the units below it (and those units' predecessors: src/server/api/scope.ts).
export const API_PERMISSIONS = ["dossiers:read", "dossiers:personal", "statistics:read"] as const;
export type ApiPermission = (typeof API_PERMISSIONS)[number];

/** How each permission is named on the administrator's screen and in docs/api.md. */
export const API_PERMISSION_LABELS: Record<ApiPermission, { vi: string; en: string }> = {
  "dossiers:read": {
    vi: "Đọc hồ sơ (mã, trạng thái, mốc thời gian, lịch sử xử lý) — không có thông tin cá nhân",
    en: "Read dossiers (code, status, dates, history) without personal data",
  },
  "dossiers:personal": {
    vi: "Đọc cả thông tin cá nhân của người nộp (mỗi lần đọc được ghi nhật ký)",
    en: "Also read the applicant's personal data (every read is audited)",
  },
  "statistics:read": { vi: "Đọc số liệu thống kê theo đơn vị và kỳ", en: "Read statistics per unit and period" },
};

export const isApiPermission = (value: string): value is ApiPermission =>
  (API_PERMISSIONS as readonly string[]).includes(value);

/**
 * Whether a client holding `granted` may use `needed`. "dossiers:personal" only widens a dossier read: without
 * "dossiers:read" it grants nothing (an administrator cannot hand out personal data without the dossiers themselves).
 */
export function hasPermission(granted: readonly string[], needed: ApiPermission): boolean {
  if (!granted.includes(needed)) return false;
  return needed !== "dossiers:personal" || granted.includes("dossiers:read");
}

/** The permissions an administrator's form may grant: known codes, each once, "dossiers:personal" only with read. */
export function normalisePermissions(requested: readonly string[]): ApiPermission[] {
  const known = API_PERMISSIONS.filter((permission) => requested.includes(permission));
  return known.filter((permission) => hasPermission(known, permission));
}
