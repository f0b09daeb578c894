export * from "./definition";
export * from "./score";
export * from "./versions";
