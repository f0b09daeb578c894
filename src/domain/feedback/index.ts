// Phản ánh, kiến nghị (PAKN): the pure rules. docs/feedback.md.
export * from "./types";
export * from "./code";
export * from "./deadlines";
export * from "./machine";
export * from "./schemas";
export * from "./group5";
export * from "./labels";
