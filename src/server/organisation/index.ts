import "server-only";
// The organisation's commands (issue 10, item 1): units, mergers and splits, offices, desk counters.
export * from "./units";
export * from "./offices";
