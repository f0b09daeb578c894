// Staff accounts as an administrator manages them: where an account may sit (unit, office) for its role, the rules
// that keep an active administrator, and the forms' schemas. Pure; src/server/users applies them.
export * from "./scope";
export * from "./lockout";
export * from "./schema";
