export * from "./definition";
export * from "./inputs";
export * from "./period";
export * from "./score";
export * from "./versions";
export * from "./edited-version";
