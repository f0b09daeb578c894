// Worklist rules (danh sách hồ sơ): the filter and its URL, whose dossiers each scope means, which statuses a filter
// means, deadline bounds, search kinds, and the early warnings that lead into the list. Pure; the SQL that applies
// them is src/server/data/worklist-sql.ts.
export * from "./filter";
export * from "./scope";
export * from "./warnings";
export * from "./marker";
export * from "./cursor";
export * from "./sort";
