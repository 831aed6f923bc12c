import type { Page } from "@playwright/test";
import type { DemoAccountLabel } from "../../../prisma/seed/demo-accounts";

/** One account per role: their menus together reach every page of the menu (Angka Kredit only the fungsional's). */
export const MENU_ROLES: DemoAccountLabel[] = ["staff", "fungsional", "atasan", "kabid", "admin"];

/**
 * Opens every page in the signed-in person's menu and, after each, the first detail page it links
 * to (an SKP, a bawahan's penilaian): where most of the work happens. `check` runs on each page
 * once it is open, with the path it was opened by.
 */
export async function visitMenuPages(page: Page, check: (url: string) => Promise<void>): Promise<number> {
  await page.goto("/beranda");
  // The menu is in the page twice (sidebar, phone menu); which one shows depends on the width.
  const hrefs = await page
    .getByRole("navigation", { name: "Menu utama", includeHidden: true })
    .first()
    .getByRole("link", { includeHidden: true })
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href") ?? ""))].filter(Boolean));
  let visits = 0;
  for (const href of hrefs) {
    await page.goto(href);
    await check(href);
    visits += 1;
    const detail = await page
      .locator(`main a[href^="${href}/"]`)
      .first()
      .getAttribute("href", { timeout: 1_000 })
      .catch(() => null);
    if (detail) {
      await page.goto(detail);
      await check(detail);
      visits += 1;
    }
  }
  return visits;
}
