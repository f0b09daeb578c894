import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CRITERIA_COLUMNS,
  CRITERIA_SHEET,
  SAMPLE_COMMUNE_TREE_2025,
  validateParTree,
} from "../../src/domain/par-index";
import { listCriteriaSets, loadCriteriaNodes, loadCriteriaSetPage } from "../../src/server/data/par-criteria";
import { buildCriteriaWorkbook } from "../../src/server/par-index/criteria-sheet-file";
import {
  addCriterion,
  copyCriteriaSet,
  createCriteriaSet,
  deleteCriterion,
  importCriteriaSet,
  lockCriteriaSet,
  moveCriterion,
  updateCriterion,
} from "../../src/server/par-index/criteria-sets";
import { NotFoundError, UserFacingError } from "../../src/server/user-facing-error";
import { useTestDb } from "../support/db";
import { createTestWorld, type Sessions, sessionOf, sessionsOf, type TestWorld } from "../support/fixtures";

// PAR Index criteria sets (issue 14 item 1; docs/par-index.md "Criteria sets"): a copy from the previous year keeps
// the tree, an import with errors writes nothing, a locked set refuses edits, another owner's inspector cannot edit.
describe("PAR Index criteria sets", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let otherInspector: ReturnType<typeof sessionOf>;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    const otherTown = await db.administrativeUnit.create({
      data: { code: `O${world.tag}`, name: `Thị xã khác ${world.tag}`, kindLabel: "Thị xã", level: "DISTRICT" },
    });
    otherInspector = sessionOf(
      await db.user.create({
        data: {
          username: `noivukhac.${world.tag.toLowerCase()}`,
          passwordHash: "x",
          fullName: "Cán bộ nội vụ khác",
          role: "INSPECTOR",
          unitId: otherTown.id,
        },
      }),
    );
  });

  const fields = (code: string, over: Record<string, unknown> = {}) => ({
    code,
    title: `Tiêu chí ${code}`,
    maxPoints: 2,
    kind: "MANUAL" as const,
    section: "MAIN" as const,
    valueKind: "YES_NO" as const,
    allowNotApplicable: false,
    metric: null,
    ladder: null,
    guidance: "Tài liệu kiểm chứng: văn bản.",
    scoringNote: null,
    ...over,
  });

  const shape = (nodes: Awaited<ReturnType<typeof loadCriteriaNodes>>) => {
    const codeOf = new Map(nodes.map((node) => [node.id, node.code]));
    return nodes
      .map((node) => ({ ...node, id: undefined, parentId: node.parentId === null ? null : codeOf.get(node.parentId) }))
      .sort((a, b) => a.code.localeCompare(b.code, "vi", { numeric: true }));
  };

  it("creates the 2025 set from the sample, copies it to 2026 with the same tree, edits the copy only", async () => {
    const created = await createCriteriaSet(as.inspector, {
      year: 2025,
      level: "COMMUNE",
      name: "Bộ tiêu chí cấp xã 2025",
      basis: null,
      start: "sample",
    });
    const sampleNodes = await loadCriteriaNodes(created.id);
    expect(sampleNodes).toHaveLength(SAMPLE_COMMUNE_TREE_2025.nodes.length);
    expect(validateParTree(sampleNodes)).toEqual([]);

    const copy = await copyCriteriaSet(as.inspector, { sourceId: created.id, year: 2026, name: "Bộ tiêu chí 2026" });
    const copied = await loadCriteriaNodes(copy.id);
    expect(shape(copied)).toEqual(shape(sampleNodes));
    const sourceIds = new Set(sampleNodes.map((node) => node.id));
    expect(copied.filter((node) => sourceIds.has(node.id))).toEqual([]);
    const row = await db.parCriteriaSet.findUniqueOrThrow({ where: { id: copy.id } });
    expect([row.copiedFromId, row.isSample, row.status, row.level]).toEqual([created.id, true, "DRAFT", "COMMUNE"]);

    // Edit the copy: 3.3 on-time gets 6 points, 3.10 gives one up; the source keeps its tree.
    const onTime = copied.find((node) => node.code === "3.3")!;
    await updateCriterion(as.inspector, {
      setId: copy.id,
      criterionId: onTime.id,
      fields: fields("3.3", {
        title: onTime.title,
        maxPoints: 6,
        kind: "AUTOMATIC",
        valueKind: "NONE",
        metric: "onTimeRate",
        ladder: [
          { min: 100, points: 6 },
          { min: 98, points: 4 },
          { min: 95, points: 2 },
        ],
      }),
    });
    const review = copied.find((node) => node.code === "3.10")!;
    await updateCriterion(as.inspector, {
      setId: copy.id,
      criterionId: review.id,
      fields: fields("3.10", { maxPoints: 1 }),
    });
    const page = await loadCriteriaSetPage(as.inspector, copy.id);
    expect(page!.issues).toEqual([]);
    expect(page!.rows.find((r) => r.node.code === "3.3")!.node.maxPoints).toBe(6);
    expect((await loadCriteriaNodes(created.id)).find((node) => node.code === "3.3")!.maxPoints).toBe(5);

    // A second set for the same year and level is refused, with the field named.
    await expect(
      copyCriteriaSet(as.inspector, { sourceId: created.id, year: 2026, name: "Trùng" }),
    ).rejects.toMatchObject({ fieldErrors: { year: [expect.stringMatching(/Xin vui lòng/)] } });

    const audit = await db.auditEntry.findMany({
      where: { entity: "ParCriteriaSet", entityId: { in: [created.id, copy.id] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      "par_criteria.create",
      "par_criteria.copy",
      "par_criteria.update_node",
      "par_criteria.update_node",
    ]);
  });

  it("adds, moves and deletes nodes, refusing a code already used", async () => {
    const set = await createCriteriaSet(as.inspector, {
      year: 2030,
      level: "DEPARTMENT",
      name: "Bộ tiêu chí sở 2030",
      basis: null,
      start: "empty",
    });
    const domain = await addCriterion(as.inspector, {
      setId: set.id,
      parentId: null,
      fields: fields("1", { kind: "GROUP", valueKind: "NONE", maxPoints: 100, guidance: null }),
    });
    const a = await addCriterion(as.inspector, {
      setId: set.id,
      parentId: domain.id,
      fields: fields("1.1", { maxPoints: 60 }),
    });
    await addCriterion(as.inspector, { setId: set.id, parentId: domain.id, fields: fields("1.2", { maxPoints: 40 }) });
    await expect(
      addCriterion(as.inspector, { setId: set.id, parentId: domain.id, fields: fields("1.2") }),
    ).rejects.toMatchObject({
      fieldErrors: { code: ["Mã số 1.2 đã có trong bộ tiêu chí. Xin vui lòng chọn mã khác."] },
    });
    await expect(
      addCriterion(as.inspector, { setId: set.id, parentId: a.id, fields: fields("1.1.1") }),
    ).rejects.toThrow(/không phải nhóm/);

    await moveCriterion(as.inspector, set.id, { criterionId: a.id, to: "down" });
    let page = await loadCriteriaSetPage(as.inspector, set.id);
    expect(page!.rows.map((row) => row.node.code)).toEqual(["1", "1.2", "1.1"]);
    expect(page!.issues).toEqual([]);
    await expect(
      moveCriterion(as.inspector, set.id, { criterionId: domain.id, to: "parent", parentId: domain.id }),
    ).rejects.toThrow(/chính nó/);

    await deleteCriterion(as.inspector, set.id, domain.id);
    page = await loadCriteriaSetPage(as.inspector, set.id);
    expect(page!.rows).toEqual([]);
    expect(page!.issues.map((issue) => issue.kind)).toEqual(["main_total"]);
  });

  const workbookOf = async (rows: (string | number)[][]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(CRITERIA_SHEET);
    sheet.addRow(Object.values(CRITERIA_COLUMNS).map((column) => column.header));
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const arrayBufferOf = (buffer: Buffer) =>
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;

  it("imports a spreadsheet with errors writing nothing, naming row and column; a good one replaces the tree", async () => {
    const set = await createCriteriaSet(as.inspector, {
      year: 2031,
      level: "COMMUNE",
      name: "Bộ tiêu chí nhập 2031",
      basis: null,
      start: "sample",
    });
    const before = shape(await loadCriteriaNodes(set.id));
    const bad = await workbookOf([
      ["1", "", "Chỉ đạo điều hành", 100, "Nhóm tiêu chí", "Điểm đánh giá", "", "Không", "", "", "", ""],
      [
        "1.1",
        "1",
        "Kế hoạch",
        "nhiều",
        "Tự đánh giá (có tài liệu kiểm chứng)",
        "",
        "Có / Không",
        "Không",
        "",
        "",
        "",
        "",
      ],
      ["1.2", "1", "Đúng hạn", 50, "Tự động từ số liệu MotCua", "", "", "", "Tỷ lệ không có", "100:50; 98-40", "", ""],
      ["1.3", "9", "Mồ côi", 50, "Kỳ lạ", "", "", "", "", "", "", ""],
    ]);
    const refused = await importCriteriaSet(as.inspector, set.id, { bytes: arrayBufferOf(bad) });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors.map((error) => [error.row, error.column])).toEqual([
      [3, "Điểm tối đa"],
      [4, "Số liệu MotCua"],
      [4, "Thang điểm"],
      [5, "Loại tiêu chí"],
    ]);
    expect(refused.errors.every((error) => /không hợp lệ|Xin vui lòng/.test(error.message))).toBe(true);
    expect(shape(await loadCriteriaNodes(set.id))).toEqual(before);
    expect(await db.auditEntry.count({ where: { action: "par_criteria.import", entityId: set.id } })).toBe(0);

    // The set's own export, edited to 3 nodes, imports back; sums that do not add up come back as warnings.
    const good = await workbookOf([
      ["1", "", "Chỉ đạo điều hành", 100, "Nhóm tiêu chí", "Điểm đánh giá", "", "Không", "", "", "", ""],
      [
        "1.1",
        "1",
        "Kế hoạch",
        40,
        "Tự đánh giá (có tài liệu kiểm chứng)",
        "",
        "Có / Không",
        "Có",
        "",
        "",
        "Kế hoạch năm",
        "",
      ],
      [
        "1.2",
        "1",
        "Đúng hạn",
        50,
        "Tự động từ số liệu MotCua",
        "",
        "",
        "",
        "Tỷ lệ hồ sơ giải quyết đúng hạn",
        "100:50; 98:40",
        "",
        "",
      ],
    ]);
    const imported = await importCriteriaSet(as.inspector, set.id, { bytes: arrayBufferOf(good) });
    expect(imported).toMatchObject({ ok: true, nodes: 3 });
    if (!imported.ok) return;
    expect(imported.warnings.map((issue) => issue.kind)).toEqual(["children_sum"]);
    const nodes = await loadCriteriaNodes(set.id);
    expect(nodes.find((node) => node.code === "1.2")).toMatchObject({
      metric: "onTimeRate",
      ladder: [
        { min: 100, points: 50 },
        { min: 98, points: 40 },
      ],
    });
    expect(nodes.find((node) => node.code === "1.1")!.allowNotApplicable).toBe(true);

    // Export then import gives the same tree.
    const exported = await buildCriteriaWorkbook({ name: "x", year: 2031 }, nodes, new Date());
    await importCriteriaSet(as.inspector, set.id, { bytes: arrayBufferOf(exported) });
    expect(shape(await loadCriteriaNodes(set.id))).toEqual(shape(nodes));
  });

  it("a locked set refuses every edit; lockCriteriaSet refuses a tree that does not add up", async () => {
    const set = await createCriteriaSet(as.inspector, {
      year: 2032,
      level: "COMMUNE",
      name: "Bộ tiêu chí 2032",
      basis: null,
      start: "sample",
    });
    const nodes = await loadCriteriaNodes(set.id);
    const item = nodes.find((node) => node.code === "1.1")!;

    // Broken first: 1.1 worth 3 makes domain 1 add up to 13, so it does not lock.
    await updateCriterion(as.inspector, {
      setId: set.id,
      criterionId: item.id,
      fields: fields("1.1", { maxPoints: 3 }),
    });
    await expect(db.$transaction((tx) => lockCriteriaSet(tx, set.id))).rejects.toThrow(/Xin vui lòng sửa: Tiêu chí 1:/);
    await updateCriterion(as.inspector, {
      setId: set.id,
      criterionId: item.id,
      fields: fields("1.1", { maxPoints: 2 }),
    });
    await db.$transaction((tx) => lockCriteriaSet(tx, set.id, { actorId: as.inspector.id }));
    expect((await db.parCriteriaSet.findUniqueOrThrow({ where: { id: set.id } })).status).toBe("LOCKED");
    const lockedTree = shape(await loadCriteriaNodes(set.id));

    const attempts = [
      () =>
        updateCriterion(as.inspector, { setId: set.id, criterionId: item.id, fields: fields("1.1", { maxPoints: 1 }) }),
      () => addCriterion(as.inspector, { setId: set.id, parentId: null, fields: fields("9") }),
      () => deleteCriterion(as.inspector, set.id, item.id),
      () => moveCriterion(as.inspector, set.id, { criterionId: item.id, to: "down" }),
      () => importCriteriaSet(as.inspector, set.id, { bytes: new ArrayBuffer(8) }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(/đã khóa.*Xin vui lòng/);
    expect(shape(await loadCriteriaNodes(set.id))).toEqual(lockedTree);
    await expect(db.$transaction((tx) => lockCriteriaSet(tx, set.id))).rejects.toThrow(UserFacingError);
  });

  it("another owner's inspector can neither read nor edit; ADMIN reads; a leader reads nothing", async () => {
    const set = await createCriteriaSet(as.inspector, {
      year: 2033,
      level: "COMMUNE",
      name: "Bộ tiêu chí 2033",
      basis: null,
      start: "sample",
    });
    const item = (await loadCriteriaNodes(set.id)).find((node) => node.code === "1.1")!;
    const before = shape(await loadCriteriaNodes(set.id));
    const attempts = [
      () =>
        updateCriterion(otherInspector, {
          setId: set.id,
          criterionId: item.id,
          fields: fields("1.1", { maxPoints: 1 }),
        }),
      () => deleteCriterion(otherInspector, set.id, item.id),
      () => addCriterion(otherInspector, { setId: set.id, parentId: null, fields: fields("9") }),
      () => copyCriteriaSet(otherInspector, { sourceId: set.id, year: 2034, name: "Chép trộm" }),
      () => importCriteriaSet(otherInspector, set.id, { bytes: new ArrayBuffer(8) }),
      () => updateCriterion(as.admin, { setId: set.id, criterionId: item.id, fields: fields("1.1", { maxPoints: 1 }) }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(NotFoundError);
    await expect(attempts[0]!()).rejects.toThrow(/không có quyền/);
    expect(shape(await loadCriteriaNodes(set.id))).toEqual(before);

    expect(await loadCriteriaSetPage(otherInspector, set.id)).toBeNull();
    expect((await listCriteriaSets(otherInspector)).map((row) => row.id)).not.toContain(set.id);
    expect((await loadCriteriaSetPage(as.admin, set.id))!.set.mayEdit).toBe(false);
    expect((await listCriteriaSets(as.admin)).map((row) => row.id)).toContain(set.id);
    expect(await loadCriteriaSetPage(as.leader, set.id)).toBeNull();
    expect(await listCriteriaSets(as.leader)).toEqual([]);
  });
});
