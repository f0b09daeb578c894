// Import directions of src/, checked on the whole dependency graph (aliases and relative paths alike):
//   app → features → server → domain / lib, with ui for shared presentation and tooling beside app.
// ESLint's no-restricted-imports (.config/eslint.config.mjs) says the same thing per file in the editor; this check
// also sees relative imports and cycles. Run it with `npm run lint:deps`.
/** @type {import('dependency-cruiser').IConfiguration} */
const layer = (name, from, forbiddenTargets, comment) => ({
  name,
  severity: "error",
  comment,
  // Tests may read across layers (a domain test may check the messages that name its results).
  from: { path: from, pathNot: "\\.test\\.tsx?$" },
  to: { path: `^src/(${forbiddenTargets.join("|")})/` },
});

module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment:
        "A cycle means two modules are one idea or a lower layer reaches up; cut it by moving the shared part down.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "features-are-islands",
      severity: "error",
      comment: "A feature folder never imports another one: shared pieces go to src/ui (presentation) or down a layer.",
      from: { path: "^src/features/([^/]+)/" },
      to: { path: "^src/features/", pathNot: "^src/features/$1/" },
    },
    {
      name: "reads-below-services",
      severity: "error",
      comment: "Transactional services (server/dossiers) may use the reads (server/data), never the reverse.",
      from: { path: "^src/server/data/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^src/server/dossiers/" },
    },
    layer(
      "domain-is-pure",
      "^src/domain/",
      ["app", "features", "ui", "server", "tooling", "generated", "i18n"],
      "Domain rules depend on lib only.",
    ),
    layer(
      "lib-depends-on-nothing",
      "^src/lib/",
      ["app", "features", "ui", "server", "tooling", "generated", "domain", "i18n"],
      "Framework-free helpers.",
    ),
    layer(
      "ui-is-presentation",
      "^src/ui/",
      ["app", "features", "server", "tooling"],
      "Shared presentation reads no data itself.",
    ),
    layer(
      "server-below-features",
      "^src/server/",
      ["app", "features", "ui", "tooling"],
      "Server code serves features, never the reverse.",
    ),
    layer(
      "tooling-beside-app",
      "^src/tooling/",
      ["app", "features", "ui"],
      "CLI tools use server, domain and lib like the app does.",
    ),
    layer("features-below-app", "^src/features/", ["app", "tooling"], "Routes compose features, not the reverse."),
    layer("i18n-below-features", "^src/i18n/", ["app", "features", "ui", "tooling"], "Messages and their loader."),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
