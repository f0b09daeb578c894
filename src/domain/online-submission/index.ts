// Online submission by citizens (issue 9, item 2): contacts and one-time codes, the steps' schemas, document coverage.
// Pure TypeScript, safe on server and client.
export * from "./contact";
export * from "./one-time-code";
export * from "./submission";
