export * from "./access";
export * from "./results";
