import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signedInContext } from "./support/demo-session";
import { MENU_ROLES, visitMenuPages } from "./support/menu-pages";

const SERIOUS = new Set(["serious", "critical"]);
// Moderate in axe, but a screen reader's outline of the page: one h1, then no level skipped.
const HEADING_RULES = ["heading-order", "page-has-heading-one"];

test.describe.configure({ mode: "serial" });

test("every page in each role's menu has no serious or critical axe violation", async ({ browser }) => {
  test.setTimeout(600_000);
  const found: string[] = [];
  let visits = 0;
  for (const role of MENU_ROLES) {
    const context = await signedInContext(browser, role);
    const page = await context.newPage();
    visits += await visitMenuPages(page, async (url) => {
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const headings = await new AxeBuilder({ page }).withRules(HEADING_RULES).analyze();
      for (const v of [...violations.filter((x) => SERIOUS.has(x.impact ?? "")), ...headings.violations]) {
        found.push(`${role} ${url}: ${v.id} (${v.impact}) — ${v.help}; ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      }
      const h1 = await page.locator("h1").count();
      if (h1 !== 1) found.push(`${role} ${url}: ${h1} h1 (one from PageHeader expected)`);
    });
    await context.close();
  }
  console.log(`aksesibilitas (axe): ${visits} halaman, ${found.length} pelanggaran serius atau urutan judul`);
  expect(found, found.join("\n")).toEqual([]);
});
