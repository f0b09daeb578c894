// The national public-service portal (Cổng DVCQG): code lists, the payloads' field list, the mapping of a dossier
// and of its history, and the sync rules. Pure; src/server/national-portal sends and pulls (docs/national-portal.md).
export * from "./code-lists";
export * from "./mapping";
export * from "./schema";
export * from "./sync-rules";
