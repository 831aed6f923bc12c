import { expect, test } from "@playwright/test";
import { formatTanggal, fromIsoDate } from "../../lib/domain/tanggal";
import { momenLokal, type ZonaWaktu } from "../../lib/domain/zona-waktu";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signedInContext } from "./support/demo-session";

// The local SMTP sink that scripts/e2e.ts starts; the worker sends the reminder's email there.
const MAILBOX = `http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT ?? 2626}/api/messages`;
const ACCOUNT = DEMO_ACCOUNTS.atasan;
const JENIS = "PENGINGAT_BATAS_PENGISIAN";

type Sasaran = { pegawaiId: string; skpId: string; periodeId: string; batas: string; tahun: number; zona: ZonaWaktu };
let sasaran: Sasaran | undefined;

// The demo Kasubbid Mutasi has an approved SKP and no realisasi yet for Triwulan IV. The job is
// added for 08.00 of H-3 in the instansi's zone, as the hourly cron would at that moment; the
// e2e worker (scripts/e2e.ts) runs it, then sends the email.
test("the H-3 reminder email arrives in the inbox, and its link opens the periode's page", async ({ browser, request }) => {
  const [s] = await queryE2eDatabase<Sasaran>(
    `SELECT p.id AS "pegawaiId", s.id AS "skpId", pp.id AS "periodeId", to_char(pp."batasPengisian", 'YYYY-MM-DD') AS batas,
            t.tahun, i."zonaWaktu"::text AS zona
       FROM "Pegawai" p JOIN "Instansi" i ON i.id = p."instansiId"
       JOIN "Skp" s ON s."pegawaiId" = p.id AND s.status = 'PERSETUJUAN'
       JOIN "Tahun" t ON t.id = s."tahunId"
       JOIN "PeriodePenilaian" pp ON pp."tahunId" = t.id AND pp.jenis = 'TRIWULAN' AND pp.urutan = 4
      WHERE p.nip = $1`,
    [ACCOUNT.nip],
  );
  if (!s) throw new Error("Data demo tanpa SKP disetujui untuk akun atasan");
  sasaran = s;
  const batas = fromIsoDate(s.batas);
  const h3 = momenLokal(s.zona, new Date(batas.getTime() - 3 * 86_400_000), 8);
  await queryE2eDatabase(`SELECT graphile_worker.add_job('pengingat-batas-pengisian', json_build_object('_cron', json_build_object('ts', $1::text)))`, [
    h3.toISOString(),
  ]);

  const tautan = `/penilaian/${s.skpId}/${s.periodeId}`;
  const tertulis = async () =>
    queryE2eDatabase<{ id: string; judul: string }>(`SELECT id, judul FROM "Notifikasi" WHERE "penerimaId" = $1 AND jenis = $2 AND tautan = $3`, [
      s.pegawaiId,
      JENIS,
      tautan,
    ]);
  await expect
    .poll(async () => (await tertulis()).map((n) => n.judul), { timeout: 20_000 })
    .toEqual([`Batas pengisian Triwulan IV ${s.tahun}: 3 hari lagi (${formatTanggal(batas)})`]);
  const [notifikasi] = await tertulis();

  // The email's link opens the notification in the app, which marks it read and goes on to the periode.
  const tautanPola = new RegExp(`https?://\\S+/notifikasi/${notifikasi!.id}`);
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const messages: Array<{ to: string; text: string }> = await (await request.get(MAILBOX)).json();
        link = messages.find((m) => m.to === ACCOUNT.email && tautanPola.test(m.text))?.text.match(tautanPola)?.[0];
        return link;
      },
      { timeout: 30_000 },
    )
    .toBeDefined();

  const context = await signedInContext(browser, "atasan");
  const page = await context.newPage();
  await page.goto(link!);
  await expect(page).toHaveURL(new RegExp(`${tautan}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Triwulan IV ${s.tahun}`);
  await context.close();
});

// The shared e2e database goes back to what other specs expect. The job reminded everyone with a
// periode ending on that batas (the demo's other instansi too): remove those rows and their emails.
test.afterAll(async () => {
  if (!sasaran) return;
  const periode = `SELECT id::text FROM "PeriodePenilaian" WHERE "batasPengisian" = $1::date`;
  const ditulis = `SELECT n.id FROM "Notifikasi" n JOIN (${periode}) p ON n.tautan LIKE '%/' || p.id WHERE n.jenis = '${JENIS}'`;
  await queryE2eDatabase(`SELECT graphile_worker.remove_job('email-notifikasi:' || id) FROM (${ditulis}) n`, [sasaran.batas]);
  await queryE2eDatabase(`DELETE FROM "Notifikasi" WHERE id IN (${ditulis})`, [sasaran.batas]);
  await queryE2eDatabase(`DELETE FROM "PengingatTerkirim" WHERE kunci IN (SELECT 'batas:' || id || ':H-3' FROM (${periode}) p)`, [sasaran.batas]);
});
