// The administrator's working calendar (/quan-tri/lich-lam-viec): the revision in force and the seeded 2026 days off,
// adding a day (a new revision), refusing the same date twice, the appointment preview, and the English interface.
// The added day is in 2091, a year no other spec or seed uses.
import { expect, test } from "./support/test";
import { login } from "./login-steps";

test("administrator maintains the working calendar", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/quan-tri/lich-lam-viec");
  await expect(page.getByRole("heading", { level: 1, name: "Lịch làm việc" })).toBeVisible();
  const note = page.getByRole("note");
  await expect(note).toContainText(/^Đang áp dụng phiên bản lịch số \d+ \(lưu lúc .+\)\.$/);
  const revision = Number(/số (\d+)/.exec((await note.textContent()) ?? "")?.[1]);

  // The seeded 2026 days off, Tết among them.
  await page.getByRole("navigation", { name: "Chọn năm" }).getByRole("link", { name: "Năm 2026" }).click();
  await expect(page).toHaveURL(/nam=2026/);
  const days2026 = page.getByRole("region", { name: "Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù năm 2026" });
  const tet = days2026.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Thứ Ba 17/02/2026" }) });
  await expect(tet).toContainText("Tết Nguyên đán (mùng 1)");
  await expect(tet).toContainText("Nghỉ");

  // Adding a day off saves the next revision.
  const addDay = page.getByRole("form", { name: "Thêm ngày" });
  const fillDay = async () => {
    await addDay.getByLabel("Ngày (dd/MM/yyyy)").fill("05/03/2091");
    await addDay.getByLabel("Tên ngày").fill("Ngày nghỉ thử nghiệm e2e");
    await addDay.getByLabel("Căn cứ (thông báo chính thức)").fill("Thông báo thử nghiệm 1/TB-E2E");
    await addDay.getByLabel("Ghi chú thay đổi").fill("Kiểm thử đầu cuối: thêm ngày nghỉ năm 2091");
    await addDay.getByRole("button", { name: "Thêm ngày" }).click();
  };
  await fillDay();
  await expect(addDay.getByRole("status")).toContainText(
    `Đã lưu phiên bản lịch số ${revision + 1}. Các hồ sơ đã tiếp nhận trước đó giữ nguyên ngày hẹn.`,
  );

  await page.goto("/quan-tri/lich-lam-viec?nam=2091");
  await expect(page.getByRole("note")).toContainText(`Đang áp dụng phiên bản lịch số ${revision + 1} `);
  const days2091 = page.getByRole("region", { name: "Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù năm 2091" });
  const added = days2091.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Thứ Hai 05/03/2091" }) });
  await expect(added).toContainText("Ngày nghỉ thử nghiệm e2e");
  await expect(added).toContainText("Thông báo thử nghiệm 1/TB-E2E");

  // The same date again: refused on the date field, in Vietnamese, and nothing is saved.
  await fillDay();
  const dateField = addDay.getByLabel("Ngày (dd/MM/yyyy)");
  await expect(dateField).toHaveAttribute("aria-invalid", "true");
  await expect(addDay.locator("#add-date-error")).toHaveText(
    "Thứ Hai 05/03/2091 đã có trong lịch (ngày nghỉ: Ngày nghỉ thử nghiệm e2e). Xin xóa mục đó trước nếu muốn sửa.",
  );
  await expect(dateField).toHaveValue("05/03/2091");

  // The appointment preview explains its computation.
  const preview = page.getByRole("form", { name: "Thử tính ngày hẹn" });
  await preview.getByLabel("Ngày tiếp nhận (dd/MM/yyyy)").fill("10/03/2026");
  await preview.getByLabel("Giờ tiếp nhận (HH:mm)").fill("09:00");
  await preview.getByLabel("Số ngày làm việc").fill("5");
  await preview.getByRole("button", { name: "Tính ngày hẹn" }).click();
  await expect(page).toHaveURL(/thu-ngay=10%2F03%2F2026/);
  const outcome = page.getByRole("form", { name: "Thử tính ngày hẹn" }).getByRole("status");
  await expect(outcome).toContainText(/hẹn trả \d{2}:\d{2} \d{2}\/\d{2}\/2026/);
  await expect(outcome).toContainText(`Theo phiên bản lịch số ${revision + 1}.`);

  // The same screen in English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Working calendar" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText(`Calendar revision ${revision + 1} is in force`);
  await expect(page.getByRole("form", { name: "Add a day" })).toBeVisible();
});
