import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIResponse, type Page, type Request } from "@playwright/test";
import { signIn, skpIdOfAdminInstansi } from "./support/demo-session";

const EVIL_ORIGIN = "https://evil.example";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // The e2e server runs on plain http, where HSTS must not be sent.
  expect(headers["strict-transport-security"], what).toBeUndefined();
  return csp;
}

/** Collects every CSP refusal the browser reports while a page is used. */
function watchCsp(page: Page): string[] {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Refused to")) refused.push(message.text());
  });
  return refused;
}

test("public pages, app pages and downloads carry the security headers, with a fresh nonce each time", async ({ page, request }) => {
  const masuk = await request.get("/masuk");
  expect(masuk.status()).toBe(200);
  const first = expectSecurityHeaders(masuk, "/masuk");
  expect(expectSecurityHeaders(await request.get("/masuk"), "/masuk again")).not.toBe(first);
  expectSecurityHeaders(await request.get("/status"), "/status");
  expectSecurityHeaders(await request.get("/api/sehat"), "/api/sehat");

  await signIn(page, "admin");
  const skpId = await skpIdOfAdminInstansi();
  const skp = await page.request.get(`/skp/${skpId}`);
  expect(skp.status()).toBe(200);
  expectSecurityHeaders(skp, "SKP page");
  const pdf = await page.request.get(`/api/skp/${skpId}/cetak`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expectSecurityHeaders(pdf, "SKP PDF");
});

test.describe("framing", () => {
  let framer: Server;
  let framerUrl: string;

  test.beforeAll(async ({ baseURL }) => {
    // A page on another origin (same machine, another port) that tries to frame the SKP.
    framer = createServer((req, res) => {
      const target = new URL(req.url ?? "/", "http://x").searchParams.get("target") ?? "";
      res.setHeader("Content-Type", "text/html");
      res.end(`<!doctype html><title>Situs lain</title><iframe src="${new URL(target, baseURL)}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, "127.0.0.1", resolve));
    framerUrl = `http://127.0.0.1:${(framer.address() as AddressInfo).port}/`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => framer.close(resolve));
  });

  test("another site cannot frame a signed-in SKP page", async ({ page }) => {
    await signIn(page, "admin");
    const skpId = await skpIdOfAdminInstansi();
    // The same page opened directly shows its heading, so an empty frame below is the headers' doing.
    await page.goto(`/skp/${skpId}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // The session cookie goes along (127.0.0.1 on another port is the same site), yet the
    // browser must not render the page inside the foreign one.
    await page.goto(`${framerUrl}?target=${encodeURIComponent(`/skp/${skpId}`)}`, { waitUntil: "load" });
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    expect(framed).toBeDefined();
    await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveCount(0);
  });
});

test.describe("server actions", () => {
  /** A real "Cari pegawai" action request (a read), captured from the admin's picker. */
  async function captureCariPegawai(page: Page): Promise<Request> {
    await signIn(page, "admin");
    await page.goto("/admin/buka-pengisian");
    const [action] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
      page.getByRole("searchbox", { name: "Pegawai (cari NIP atau nama)" }).fill("Fauzi"),
    ]);
    await expect(page.getByRole("list", { name: /Hasil pencarian/ })).toBeVisible();
    return action;
  }

  function replay(page: Page, action: Request, headers: Record<string, string>, body = action.postData() ?? "") {
    const own = action.headers();
    return page.request.post(action.url(), {
      headers: { "next-action": own["next-action"] ?? "", "content-type": own["content-type"] ?? "text/plain;charset=UTF-8", accept: "text/x-component", ...headers },
      data: body,
      maxRedirects: 0,
    });
  }

  test("a server action posted from another origin is refused with 403, also with a spoofed X-Forwarded-Host", async ({ page, baseURL }) => {
    const action = await captureCariPegawai(page);

    // The replay itself works from our own origin, so a refusal below is the origin's doing.
    const own = await replay(page, action, { origin: new URL(baseURL ?? "").origin });
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain("Fauzi");

    const attempts: Array<Record<string, string>> = [{ origin: EVIL_ORIGIN }, { origin: EVIL_ORIGIN, "x-forwarded-host": "evil.example" }, { origin: "null" }];
    for (const headers of attempts) {
      const refused = await replay(page, action, headers);
      expect(refused.status(), JSON.stringify(headers)).toBe(403);
      expect(await refused.text()).toContain("Permintaan ditolak");
      expect(await refused.text()).not.toContain("Fauzi");
    }
  });

  test("an action body over the limit is answered with a readable message, in the form too", async ({ page }) => {
    const action = await captureCariPegawai(page);
    const huge = JSON.stringify([{ q: "a".repeat(1_100_000), kecualiId: "" }]);
    const tooLarge = await replay(page, action, {}, huge);
    expect(tooLarge.status()).toBe(413);
    expect(await tooLarge.text()).toContain("Isian terlalu besar");

    // The same from the picker: the message where the results would be, not an error screen.
    await page.getByRole("searchbox", { name: "Pegawai (cari NIP atau nama)" }).fill("a".repeat(1_100_000));
    await expect(page.getByRole("status").filter({ hasText: "Isian terlalu besar" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Terjadi kesalahan" })).toHaveCount(0);
  });
});

test("signing in, an SKP page, a dialog and an admin action run with no CSP refusal", async ({ page }) => {
  const refused = watchCsp(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  await signIn(page, "admin");
  const skpId = await skpIdOfAdminInstansi();
  await page.goto(`/skp/${skpId}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/admin/pegawai?q=Fauzi");
  await expect(page.getByRole("table")).toBeVisible();
  await page.goto("/admin/unit-kerja");
  await page.getByRole("button", { name: /^Ubah / }).first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.goto("/admin/buka-pengisian");
  await page.getByRole("searchbox", { name: "Pegawai (cari NIP atau nama)" }).fill("Fauzi");
  await expect(page.getByRole("list", { name: /Hasil pencarian/ })).toBeVisible();

  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
});
