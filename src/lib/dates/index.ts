// Vietnamese civil dates, instants and periods: the one home. Framework-free (date-fns and zod only).
//   civil.ts            "yyyy-MM-dd" LocalDate arithmetic (no zone needed)
//   format.ts           instants shown in Asia/Ho_Chi_Minh, and where a Vietnamese day starts
//   vietnamese-date.ts  parsing dd/MM/yyyy as typed (one rule: d/M/yyyy, a real day, 2000–2100)
//   date-range-params.ts the URL convention for ranges (tu-ngay / den-ngay)
//   period.ts           report periods (kỳ báo cáo): presets and custom ranges
//   platform-time.ts    yyyyMMddHHmmss stamps of the national platforms' messages
export * from "./civil";
export * from "./format";
export * from "./vietnamese-date";
export * from "./date-range-params";
export * from "./period";
export * from "./platform-time";
