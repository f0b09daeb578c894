// The REST API (/api/v1): permissions of API clients, key format, the problem format of errors, the schemas of
// inputs and answers, and the OpenAPI document generated from them. Pure.
export * from "./permissions";
export * from "./keys";
export * from "./problem";
export * from "./schemas";
