// Issue 10, item 3: the OpenAPI document is generated from the zod schemas the routes parse with, and it validates
// against the OpenAPI 3.1 JSON Schema (a validator in the tests, not the generator's own word).
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { createApiDocument } from "./openapi";
import { PROBLEM_KINDS } from "./problem";

describe("the OpenAPI document of /api/v1", () => {
  const document = createApiDocument();

  it("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(
      structuredClone(document) as unknown as Parameters<Validator["validate"]>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route of /api/v1 with its parameters", () => {
    expect(Object.keys(document.paths ?? {}).sort()).toEqual([
      "/dossiers",
      "/dossiers/{code}",
      "/dossiers/{code}/history",
      "/procedures",
      "/procedures/{code}",
      "/statistics",
    ]);
    const list = document.paths?.["/dossiers"]?.get;
    const names = (list?.parameters ?? []).map((parameter) => ("name" in parameter ? parameter.name : ""));
    expect(names).toEqual(["unit", "status", "from", "to", "procedure", "channel", "cursor", "limit"]);
    // Keyed routes name the bearer scheme and the problems they answer with.
    expect(list?.security).toEqual([{ apiKey: [] }]);
    expect(Object.keys(list?.responses ?? {}).sort()).toEqual(["200", "400", "401", "403", "429", "500"]);
    expect(document.paths?.["/procedures"]?.get?.security).toBeUndefined();
  });

  it("publishes the components the answers share: the problem format and the dossier", () => {
    const schemas = document.components?.schemas ?? {};
    for (const id of ["Problem", "Dossier", "DossierPage", "DossierEvent", "ProcedureDetail", "Statistics"])
      expect(schemas, id).toHaveProperty(id);
    const problem = schemas.Problem as { required?: string[] };
    expect(problem.required).toEqual(expect.arrayContaining(["type", "title", "status", "detail", "instance"]));
    // A limit the server refuses above 100 is documented as such.
    const limit = (document.paths?.["/dossiers"]?.get?.parameters ?? []).find(
      (parameter) => "name" in parameter && parameter.name === "limit",
    ) as { schema?: { maximum?: number } } | undefined;
    expect(limit?.schema?.maximum).toBe(100);
    expect(Object.values(PROBLEM_KINDS).map((kind) => kind.status)).toEqual([400, 401, 403, 404, 429, 500]);
  });
});
