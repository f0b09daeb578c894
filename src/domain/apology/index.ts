export * from "./apology";
export * from "./permissions";
