// Dossier domain: the state machine, permissions, intake and command schemas, codes and labels (the citizen's
// public view lives in domain/tracking).
// Pure TypeScript (no Next.js, Prisma or Node-only imports), safe on server and client.
export * from "./types";
export * from "./status-groups";
export * from "./labels";
export * from "./permissions";
export * from "./state-machine";
export * from "./command-schema";
export * from "./result-return";
export * from "./intake-schema";
export * from "./dossier-code";
export { checkbox } from "./schema-helpers";
