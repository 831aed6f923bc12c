import path from "node:path";
import pg from "pg";
import { chromium, type Page } from "@playwright/test";
import playwrightConfig from "../../../playwright.config";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../prisma/seed/demo-accounts";
import type { Check, Cluster } from "./cluster-checks";
import { expectSignedIn } from "./cluster-checks";
import { signIn } from "./http-client";

export const DB_UNREACHABLE = "Basis data sedang tidak dapat dihubungi";

/** A signed-in user keeps their session across a restart of the instance that serves them. */
export async function restartCheck(check: Check, { nginxUrl, instances }: Cluster): Promise<void> {
  await check("setelah instance A dihentikan dan dijalankan lagi, pengguna yang sudah masuk tetap masuk", async () => {
    const { nip, nama } = DEMO_ACCOUNTS.atasan;
    const session = await signIn(nginxUrl, nip, DEMO_PASSWORD);
    if (!session.ok) throw new Error(`masuk gagal: ${session.message}`);
    await expectSignedIn(instances[0].url, session.cookie, nama);
    await instances[0].stop();
    await instances[0].start();
    await expectSignedIn(instances[0].url, session.cookie, nama);
  });
}

type Database = { url: string; stop: () => Promise<void>; start: () => Promise<void> };

/**
 * PostgreSQL goes away while an Ajukan SKP is half-way: the action has started and waits for
 * the SKP's row, which another session holds, then the server stops. The user must get a clear
 * message, the SKP must still be Draft with no submission riwayat, and once PostgreSQL is back the same
 * click must work without restarting the app.
 */
export async function databaseStopCheck(check: Check, { nginxUrl }: Cluster, database: Database, screenshotDir: string): Promise<void> {
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const page = await (await browser.newContext({ baseURL: nginxUrl, locale: "id-ID" })).newPage();
  // A failing step leaves a picture of what the user saw.
  const withScreenshot = (name: string, body: () => Promise<void>) =>
    check(name, () =>
      body().catch(async (error: unknown) => {
        const file = path.join(screenshotDir, `cluster-${Date.now()}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        throw new Error(`${(error as Error).message.split("\n")[0]} (tangkapan layar: ${file})`);
      }),
    );
  try {
    let skpId = "";
    await withScreenshot("pegawai menyusun SKP Draft lewat nginx (RHK dan indikator)", async () => {
      skpId = await draftSkp(page);
    });
    await withScreenshot("PostgreSQL berhenti di tengah Ajukan SKP: pesan jelas, tidak ada yang tersimpan sebagian", async () => {
      if (!skpId) throw new Error("tidak ada SKP Draft (langkah sebelumnya gagal)");
      const holder = new pg.Client({ connectionString: database.url });
      holder.on("error", () => undefined);
      await holder.connect();
      await holder.query("BEGIN");
      await holder.query(`SELECT 1 FROM "Skp" WHERE id = $1 FOR UPDATE`, [skpId]);
      await page.getByRole("button", { name: "Ajukan SKP" }).click();
      await page.getByRole("dialog", { name: "Ajukan SKP ke atasan?" }).getByRole("button", { name: "Ya, ajukan" }).click();
      // The Ajukan's own connection dies first: stopping the server alone could end the holder's
      // session (and free the row) before the Ajukan's, which could then finish its write.
      const waiting = await waitForLockWait(holder);
      await holder.query("SELECT pg_terminate_backend($1)", [waiting]);
      await database.stop();
      try {
        await page.getByText(DB_UNREACHABLE).first().waitFor({ timeout: 30_000 });
      } finally {
        await database.start();
      }
      const state = await skpState(database.url, skpId);
      if (state.status !== "DRAFT" || state.riwayat !== 0) throw new Error(`SKP tersimpan sebagian: ${JSON.stringify(state)}`);
    });
    await withScreenshot("setelah PostgreSQL kembali, Ajukan SKP yang sama berhasil tanpa memulai ulang aplikasi", async () => {
      if (!skpId) throw new Error("tidak ada SKP Draft (langkah sebelumnya gagal)");
      await page.reload();
      await page.getByRole("button", { name: "Ajukan SKP" }).click();
      await page.getByRole("dialog", { name: "Ajukan SKP ke atasan?" }).getByRole("button", { name: "Ya, ajukan" }).click();
      await page.getByText("Pengajuan: menunggu keputusan atasan").first().waitFor({ timeout: 30_000 });
      const state = await skpState(database.url, skpId);
      if (state.status !== "PENGAJUAN" || state.riwayat !== 1) throw new Error(`SKP tidak terajukan: ${JSON.stringify(state)}`);
    });
  } finally {
    await browser.close();
  }
}

// The staff member's new SKP with one RHK (cascaded from the atasan's) and one indikator.
async function draftSkp(page: Page): Promise<string> {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(DEMO_ACCOUNTS["staff-skp"].nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await page.waitForURL(/\/beranda$/);
  await page.goto("/skp");
  await page.getByRole("button", { name: "Tambah Periode SKP" }).click();
  await page.waitForURL(/\/skp\/[0-9a-f-]{36}$/);
  const skpId = page.url().split("/").at(-1) as string;

  await page.getByRole("button", { name: "+ Tambah RHK Utama" }).click();
  const rhk = page.getByRole("dialog", { name: "Tambah RHK Utama" });
  await rhk.getByLabel("RHK atasan yang diintervensi").selectOption({ index: 1 });
  await rhk.getByLabel("Rencana Hasil Kerja").fill("Terprosesnya usulan mutasi pegawai tepat waktu");
  await rhk.getByRole("button", { name: "Simpan RHK" }).click();
  await rhk.waitFor({ state: "hidden" });

  await page.getByRole("button", { name: "Tambah indikator untuk RHK nomor 1" }).click();
  const indikator = page.getByRole("dialog", { name: "Tambah indikator untuk RHK nomor 1" });
  await indikator.getByLabel("Aspek").selectOption("KUANTITAS");
  await indikator.getByLabel("Indikator Kinerja Individu").fill("Jumlah usulan mutasi yang diproses");
  await indikator.getByLabel("Angka target").fill("60");
  await indikator.getByLabel("Satuan").fill("Usulan");
  await indikator.getByRole("button", { name: "Simpan indikator" }).click();
  await indikator.waitFor({ state: "hidden" });
  return skpId;
}

// The Ajukan is half-way once one of its statements waits for the row the holder keeps locked;
// returns the process id of the connection that waits.
async function waitForLockWait(holder: pg.Client): Promise<number> {
  for (let i = 0; i < 100; i += 1) {
    const { rows } = await holder.query(
      `SELECT pid, left(regexp_replace(query, '\\s+', ' ', 'g'), 60) AS query FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    const row = rows[0] as { pid: number; query: string } | undefined;
    if (row) {
      console.log(`      (menunggu: ${row.query}…)`);
      return row.pid;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("Ajukan SKP tidak sampai menunggu baris SKP dalam 10 detik");
}

// The SKP's status and how many riwayat rows record its submission.
async function skpState(url: string, skpId: string): Promise<{ status: string; riwayat: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT s.status::text AS status, (SELECT count(*)::int FROM "RiwayatStatus" r WHERE r."entitasId" = s.id AND r.ke = 'PENGAJUAN') AS riwayat
       FROM "Skp" s WHERE s.id = $1`,
      [skpId],
    );
    return rows[0] as { status: string; riwayat: number };
  } finally {
    await client.end();
  }
}
