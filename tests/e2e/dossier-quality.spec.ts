// Issue 12 item 4, the quality score of one dossier, as the head of the handling office does it in Chromium: a
// returned dossier of the office (from the demo world) shows "Đánh giá chất lượng giải quyết" with the nine indicators
// and their computed points; the head changes one indicator with its evidence line and saves the self-score, which
// then appears beside the computed points with its total out of 18. axe-core checks the section.
import { expect, test } from "./support/test";
import { connectE2eDatabase } from "./support/e2e-database";
import { expectAccessible, signedIn } from "./login-steps";

const HEAD = "truongphong.tungthien";

test("the head of the office records the self-score of a returned dossier", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = await connectE2eDatabase();
  const found = await db.query<{ code: string }>(
    `SELECT d.code FROM "Dossier" d JOIN "User" u ON u."officeId" = d."handlingOfficeId"
     WHERE u.username = $1 AND d.status = 'RETURNED'
       AND NOT EXISTS (SELECT 1 FROM "DossierQualityScore" q WHERE q."dossierId" = d.id)
     ORDER BY d."returnedAt" DESC LIMIT 1`,
    [HEAD],
  );
  await db.end();
  const code = found.rows[0]?.code;
  expect(code, "the demo world has a returned dossier of the head's office").toBeTruthy();

  const head = await signedIn(browser, HEAD, { axe: true });
  await head.goto(`/ho-so/${code}`);
  const section = head.getByRole("region", { name: "Đánh giá chất lượng giải quyết" });
  await expect(section).toBeVisible();
  await expect(section.getByTestId("quality-indicators")).toContainText(
    "Tổng thời gian giải quyết so với thời gian quy định",
  );
  await expect(section.getByTestId("quality-self-total")).toHaveText("Chưa có");
  const computedTotal = (await section.getByTestId("quality-computed-total").textContent())?.trim() ?? "";
  expect(computedTotal).toMatch(/^\d+\/18$/);
  await expectAccessible(head, "section[aria-labelledby='dossier-quality-title']", "quality section");

  // The form proposes the computed points; the head lowers indicator 3 by one point with the reason.
  const form = head.getByTestId("quality-self-form");
  const points3 = form.getByLabel("Điểm tiêu chí 3");
  const proposed = Number(await points3.inputValue());
  const chosen = proposed === 0 ? 1 : proposed - 1;
  await points3.selectOption(String(chosen));
  await form.getByLabel("Căn cứ tiêu chí 3").fill("Người nộp phải quay lại một lần do hướng dẫn chưa đầy đủ");
  await form.getByRole("button", { name: "Lưu tự đánh giá" }).click();
  const expected = Number(computedTotal.split("/")[0]) - proposed + chosen;
  await expect(form.getByTestId("quality-self-message")).toContainText(`Đã lưu tự đánh giá: ${expected}/18 điểm.`);

  await head.reload();
  const after = head.getByRole("region", { name: "Đánh giá chất lượng giải quyết" });
  await expect(after.getByTestId("quality-self-total")).toHaveText(`${expected}/18`);
  await expect(after.getByTestId("quality-self-3")).toHaveText(String(chosen));
  await expect(after).toContainText("Người nộp phải quay lại một lần do hướng dẫn chưa đầy đủ");
  await expect(after).toContainText("Tự đánh giá bởi");
  await expectAccessible(head, "section[aria-labelledby='dossier-quality-title']", "quality section after saving");
});
