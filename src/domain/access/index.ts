// Roles and access, in one home: each role's home page and navigation, which pages, actions and route handlers each
// role may use, and the staff area's URL prefixes. Pure: pages, actions, routes and the proxy read these lists; the
// checks themselves run in src/server (requireUser, defineAction, defineRoute).
export * from "./roles";
export * from "./pages";
export * from "./navigation";
export * from "./operations";
export * from "./registers";
export * from "./return-path";
export * from "./password-policy";
