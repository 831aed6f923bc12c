import { expect, test } from "@playwright/test";
import { signedInContext } from "./support/demo-session";
import { MENU_ROLES, visitMenuPages } from "./support/menu-pages";

const PONSEL = 360;

test(`no page in any role's menu is wider than a ${PONSEL} px phone`, async ({ browser }) => {
  test.setTimeout(600_000);
  const terlalu: string[] = [];
  let visits = 0;
  for (const role of MENU_ROLES) {
    const context = await signedInContext(browser, role);
    const page = await context.newPage();
    await page.setViewportSize({ width: PONSEL, height: 800 });
    visits += await visitMenuPages(page, async (url) => {
      const { lebar, penyebab } = await page.evaluate(() => {
        // The outermost elements that stick out on the right: where to look when this fails.
        const keluar = [...document.querySelectorAll("body *")].filter(
          (el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > window.innerWidth + 0.5),
        );
        const nama = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 4).join(".")}`;
        return { lebar: document.documentElement.scrollWidth, penyebab: keluar.slice(0, 3).map(nama) };
      });
      if (lebar > PONSEL) terlalu.push(`${role} ${url}: ${lebar} px (${penyebab.join(", ")})`);
    });
    await context.close();
  }
  console.log(`lebar ponsel: ${visits} halaman pada ${PONSEL} px, ${terlalu.length} lebih lebar`);
  expect(terlalu, terlalu.join("\n")).toEqual([]);
});

test("on a phone the Simpan/Finalkan bar of a penilaian waits at the end of the form instead of covering it", async ({ browser }) => {
  const context = await signedInContext(browser, "kabid");
  const page = await context.newPage();
  await page.setViewportSize({ width: PONSEL, height: 800 });
  await page.goto("/penilaian-bawahan");
  const detail = await page.locator('main a[href^="/penilaian-bawahan/"]').first().getAttribute("href");
  await page.goto(detail!);
  const finalkan = page.getByRole("button", { name: "Finalkan", exact: true });
  await expect(finalkan).toBeAttached();
  await page.getByRole("heading", { name: "Hasil Kerja" }).scrollIntoViewIfNeeded();
  await expect(finalkan).not.toBeInViewport();
  await context.close();
});
