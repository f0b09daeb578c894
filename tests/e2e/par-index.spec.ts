// The PAR Index evaluation end to end (issue 14 "How it will be judged"), by clicking from the login page: home affairs
// of the city (noivu.hanoi) creates a 2027 set from the sample on the criteria sets' page and opens the year on it for
// phường Sơn Tây (a year the demo world leaves free: it seeds 2024–2026); the ward's leader declares every criterion,
// attaches a small PDF as evidence and submits with the confirmation; home affairs appraises criterion 1.1 one point
// down with a reason, finalises (accepting the other self scores) and publishes; the ranking page then shows the
// ward's rank and where it lost the point. The figures of the automatic criteria are read over 2026, so they are real.
import { expect, test, type Page } from "./support/test";
import { signedIn } from "./login-steps";
import { samplePdf } from "../support/sample-files";

const WARD = "Phường Sơn Tây";
const menu = (page: Page) => page.getByRole("navigation", { name: "Menu chính" });

type Form = ReturnType<Page["getByTestId"]>;

/**
 * Submits a form of the evaluation pages (ParForm, by its test id) and waits for its success line. A step that ends
 * the form's own use (submit, finalise, publish) removes the form as the page refreshes: pass `staysOnPage: false`
 * and check the page instead.
 */
async function submitForm(page: Page, testId: string, fill?: (form: Form) => Promise<void>, staysOnPage = true) {
  const form = page.getByTestId(testId);
  if (fill) await fill(form);
  await form.getByRole("button").last().click();
  if (staysOnPage)
    await expect(form.getByTestId(`${testId}-message`).getByRole("status")).toBeVisible({ timeout: 60_000 });
}

test.describe.serial("PAR Index: open, self-assess, appraise, finalise, rank", () => {
  test.setTimeout(240_000);

  test("home affairs creates the 2027 set from the sample and opens the year for the ward", async ({ browser }) => {
    const page = await signedIn(browser, "noivu.hanoi");
    await menu(page).getByRole("link", { name: "Chỉ số CCHC", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Chỉ số cải cách hành chính" })).toBeVisible();
    await page.getByRole("link", { name: "Bộ tiêu chí", exact: true }).click();
    const create = page.getByRole("form", { name: "Tạo bộ tiêu chí mới" });
    await create.getByLabel("Năm").fill("2027");
    await create.getByLabel("Tên bộ tiêu chí").fill("Bộ tiêu chí Chỉ số CCHC năm 2027 (thử nghiệm)");
    await create.getByRole("button", { name: "Tạo bộ tiêu chí" }).click();
    await expect(create.getByRole("status")).toContainText("Đã tạo bộ tiêu chí.");

    await menu(page).getByRole("link", { name: "Chỉ số CCHC", exact: true }).click();
    const open = page.getByTestId("par-open");
    const setSelect = open.getByLabel("Bộ tiêu chí");
    const setValue = await setSelect.locator("option", { hasText: "2027" }).first().getAttribute("value");
    await setSelect.selectOption(setValue!);
    await open.getByRole("checkbox", { name: WARD, exact: true }).check();
    await open.getByLabel("Kỳ đánh giá từ ngày").fill("01/01/2026");
    await open.getByLabel("đến ngày").fill("31/12/2026");
    await open.getByLabel("Hạn nộp tự đánh giá").fill("15/01/2028");
    await open.getByRole("button", { name: "Mở đợt đánh giá" }).click();
    // Opened: the set is locked, so the form gives way to the evaluation in the list.
    await expect(page.getByTestId("par-evaluations").getByRole("link", { name: "2027" })).toBeVisible({
      timeout: 30_000,
    });
    await page.getByTestId("par-evaluations").getByRole("link", { name: "2027" }).click();
    await expect(page.getByTestId("par-units").getByRole("row", { name: new RegExp(WARD) })).toContainText(
      "Đang tự đánh giá",
    );
  });

  test("the ward's leader declares with evidence and submits", async ({ browser }) => {
    const page = await signedIn(browser, "lanhdao.sontay");
    await menu(page).getByRole("link", { name: "Chỉ số CCHC", exact: true }).click();
    await page.getByRole("link", { name: "Tự đánh giá Chỉ số CCHC năm 2027" }).click();
    await expect(page.getByTestId("par-unit-status")).toHaveText("Đang tự đánh giá");
    await submitForm(page, "par-refresh");

    // Every criterion the unit declares: Có where a Có/Không is asked, 100 for a number, the maximum as self score.
    const forms = page.locator('form[data-testid^="par-declare-"]');
    const codes = await forms.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute("data-testid")!.replace("par-declare-", "")),
    );
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) {
      // Penalties (T.x) stay at 0: nothing to take off.
      const penalty = code.startsWith("T.");
      await submitForm(page, `par-declare-${code}`, async (form) => {
        const declared = form.getByLabel("Giá trị kê khai");
        const choice = penalty ? "Không" : "Có";
        if (await declared.locator("option", { hasText: new RegExp(`^${choice}$`) }).count())
          await declared.selectOption({ label: choice });
        const figure = form.getByLabel("Số liệu");
        if (await figure.count()) await figure.fill("100");
        const scoreLabel = (await form.getByText(/^Điểm tự chấm \(tối đa/).textContent()) ?? "";
        const max = /tối đa ([\d,]+)/.exec(scoreLabel)?.[1] ?? "0";
        await form.getByLabel(/^Điểm tự chấm/).fill(penalty ? "0" : max);
        if (code === "1.1")
          await form.getByLabel("Giải trình, số hiệu văn bản kiểm chứng").fill("Kế hoạch CCHC số 12/KH-UBND");
      });
    }
    // Evidence for 1.1: a small PDF.
    await submitForm(page, "par-evidence-1.1", async (form) => {
      await form.getByLabel(/^Thêm tệp/).setInputFiles({
        name: "ke-hoach-cchc.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from(samplePdf("Ke hoach CCHC 2027")),
      });
    });
    await expect(page.getByTestId("par-row-1.1").getByRole("link", { name: "ke-hoach-cchc.pdf" })).toBeVisible();

    // Submitting asks for the confirmation first.
    const submit = page.getByTestId("par-submit");
    await submit.getByRole("button", { name: "Nộp kết quả tự đánh giá" }).click();
    await expect(submit.getByRole("alert")).toBeVisible();
    await submitForm(
      page,
      "par-submit",
      (form) => form.getByRole("checkbox", { name: /Tôi đã kiểm tra/ }).check(),
      false,
    );
    await expect(page.getByTestId("par-unit-status")).toHaveText("Đã nộp, chờ thẩm định");
    await expect(page.locator('form[data-testid^="par-declare-"]')).toHaveCount(0);
  });

  test("home affairs appraises 1.1 one point down with a reason, finalises, publishes; the ranking shows it", async ({
    browser,
  }) => {
    const page = await signedIn(browser, "noivu.hanoi");
    await menu(page).getByRole("link", { name: "Chỉ số CCHC", exact: true }).click();
    await page.getByTestId("par-evaluations").getByRole("link", { name: "2027" }).click();
    await page.getByTestId("par-units").getByRole("link", { name: WARD }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Thẩm định: ${WARD}` })).toBeVisible();

    // A deduction without a reason is refused; with one it is kept.
    const appraise = page.getByTestId("par-appraise-1.1");
    await appraise.getByLabel(/^Điểm thẩm định/).fill("1");
    await appraise.getByRole("button", { name: "Lưu điểm thẩm định" }).click();
    await expect(appraise.getByRole("alert")).toBeVisible();
    await expect(appraise.getByText(/Xin vui lòng ghi lý do trừ điểm/).first()).toBeVisible();
    await submitForm(page, "par-appraise-1.1", (form) =>
      form.getByLabel(/^Lý do trừ điểm/).fill("Kế hoạch CCHC ban hành sau thời hạn"),
    );
    await expect(page.getByTestId("par-appraised-1.1")).toContainText("Kế hoạch CCHC ban hành sau thời hạn");

    await submitForm(
      page,
      "par-finalise",
      (form) => form.getByRole("checkbox", { name: /Chấp nhận điểm tự chấm/ }).check(),
      false,
    );
    await expect(page.getByTestId("par-unit-status")).toHaveText("Đã chốt kết quả");
    await expect(page.getByTestId("par-appraised-1.1")).toContainText("Mất 1 điểm");

    await page.getByRole("link", { name: "Về đợt đánh giá" }).click();
    await submitForm(page, "par-publish", undefined, false);
    await expect(page.getByText(/Đã công bố ngày/)).toBeVisible();

    // The ranking (results pages): the ward first of one, and 1.1 among the points it lost.
    await menu(page).getByRole("link", { name: "Chỉ số CCHC", exact: true }).click();
    await page.getByRole("link", { name: "Kết quả và xếp hạng" }).click();
    // The latest year (ours) is shown first.
    await expect(page.getByTestId("par-evaluation")).toContainText("2027");
    const row = page.getByTestId("par-ranking-row").filter({ hasText: /Sơn Tây/ });
    await expect(row).toBeVisible();
    await expect(row.locator("td").first()).toHaveText("1");
    await row.getByRole("link", { name: /Sơn Tây/ }).click();
    await expect(page.getByTestId("par-lost")).toContainText("1.1");
  });
});
