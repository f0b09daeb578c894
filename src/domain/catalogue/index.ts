// Catalogue domain: the online service of a procedure version (class, fees and their timing, postal options), its
// consistency rules and labels. Pure TypeScript, safe on server and client.
export * from "./types";
export * from "./labels";
export * from "./online-service";
export * from "./announcement";
export * from "./procedure-schema";
export * from "./publish-rules";
export * from "./version-diff";
export * from "./catalogue-sheets";
export * from "./import-plan";
export * from "./handling-office";
