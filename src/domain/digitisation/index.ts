// Digitisation, electronic results and reuse (issue 9, item 6): the pure rules and vocabulary.
export * from "./rules";
export * from "./access";
export * from "./result-metadata";
export * from "./labels";
export * from "./result-document";
