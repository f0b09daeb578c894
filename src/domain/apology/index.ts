export * from "./apology";
