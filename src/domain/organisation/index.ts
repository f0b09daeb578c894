// The organisation as data (issue 10, item 1): the unit tree, effective dates and successor links, the rules of a
// merger or split, and reports folded by either view. Pure TS; the server (src/server/organisation) writes.
export * from "./succession";
export * from "./rules";
export * from "./fold";
export * from "./schemas";
