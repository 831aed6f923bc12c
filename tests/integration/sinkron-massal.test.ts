import { actAs } from "./helpers/session";
import { Logger, runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lanjutkanSinkron, mulaiSinkron } from "@/lib/server/actions/sinkron-massal";
import { daftarTugas } from "@/lib/server/antrean/daftar-tugas";
import { getActor, type Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { bacaLog, listJobs } from "@/lib/server/siasn/sinkron-massal/job";
import { jalankanSinkronMassal, MAKS_PERCOBAAN_SINKRON } from "@/lib/server/siasn/sinkron-massal/tugas";
import { createSiasnClient, siasnConfigFromEnv, type SiasnClient } from "@/lib/server/siasn/client";
import { getSiasnClient } from "@/lib/server/siasn/get-client";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";
import { buildSiasnDemoData, SIASN_PROMOSI, siasnInstansiId, siasnPnsId, siasnUnorId } from "@/prisma/seed/siasn-demo-data";
import { fakeSiasnEnv, startFakeSiasn, type FakeSiasn } from "@/scripts/lib/fake-siasn";

/** What the worker process does: runs every job that is due, with the app's own task list. */
async function drain() {
  await runOnce({ connectionString: process.env.DATABASE_URL, taskList: daftarTugas, logger: new Logger(() => () => {}) });
}

/** The queued job of a sync, as graphile-worker holds it; undefined once it completed. */
async function antrean(instansiId: string, jenis: string) {
  const rows = await db.$queryRaw<Array<{ attempts: number; nanti: boolean; last_error: string | null }>>`
    SELECT attempts, run_at > now() AS nanti, last_error FROM graphile_worker.jobs WHERE key = ${`sinkron-massal:${instansiId}:${jenis}`}`;
  return rows[0];
}

const SIASN_ENV = (url: string) => ({ ...fakeSiasnEnv(url), SIASN_RETRIES: "0", SIASN_TIMEOUT_MS: "3000" });
const data = buildSiasnDemoData();
const UNOR_BARU = "0123456789ABCDEF0123456789ABCDEF";
let siasn: FakeSiasn;

async function signIn(label: DemoAccountLabel): Promise<Actor> {
  const { id } = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip }, select: { id: true } });
  await actAs(id);
  const actor = await getActor();
  if (!actor) throw new Error(label);
  return actor;
}

async function mulai(jenis: "SINKRON_UNOR" | "SINKRON_PEGAWAI") {
  const result = await mulaiSinkron({ jenis });
  if (!result.ok) throw new Error(result.message);
  await drain();
  return db.job.findUniqueOrThrow({ where: { id: result.data.jobId } });
}

beforeAll(async () => {
  await seedDemo(db);
  data.refUnor.push({
    Id: UNOR_BARU,
    InstansiId: siasnInstansiId("BKPSDM-BDG"),
    DiatasanId: siasnUnorId("BKPSDM-BDG", "mutasi"),
    IndukUnorId: siasnUnorId("BKPSDM-BDG", "badan"),
    NamaUnor: "Subbidang Pemindahan Antar Instansi",
    NamaJabatan: "Kepala Subbidang Pemindahan Antar Instansi",
    EselonId: "42",
    PemimpinPnsId: siasnPnsId(DEMO_ACCOUNTS["staff-skp"].nip),
  });
  siasn = await startFakeSiasn({ data });
  Object.assign(process.env, SIASN_ENV(siasn.url));
});

afterAll(async () => {
  await siasn.stop();
});

describe("sinkron unit kerja", () => {
  it("matches the tree by SIASN id, adopts a unit made by hand, sets its pimpinan and leaves Garut alone", async () => {
    const admin = await signIn("admin");
    const bidang = await db.unitKerja.findFirstOrThrow({ where: { instansiId: admin.instansiId, nama: "Bidang Mutasi dan Promosi" } });
    const manual = await db.unitKerja.create({
      data: { instansiId: admin.instansiId, parentId: bidang.id, nama: "Subbidang Pemindahan Antar Instansi" },
    });
    const garutSebelum = await db.unitKerja.findMany({ where: { instansiId: { not: admin.instansiId } }, orderBy: { id: "asc" } });
    const job = await mulai("SINKRON_UNOR");
    const bandungUnits = data.refUnor.filter((u) => u.InstansiId === siasnInstansiId("BKPSDM-BDG")).length;
    expect(job).toMatchObject({ status: "SELESAI", total: bandungUnits, selesai: bandungUnits, gagal: 0 });

    const units = await db.unitKerja.findMany({ where: { instansiId: admin.instansiId }, include: { parent: true } });
    expect(units).toHaveLength(bandungUnits);
    expect(units.every((u) => u.siasnId)).toBe(true);
    expect(units.find((u) => u.siasnId === UNOR_BARU)).toMatchObject({ id: manual.id, eselon: 4, parent: { nama: "Bidang Mutasi dan Promosi" } });
    const staffSkp = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS["staff-skp"].nip } });
    expect(units.find((u) => u.siasnId === UNOR_BARU)?.pimpinanId).toBe(staffSkp.id);
    expect(await db.unitKerja.findMany({ where: { instansiId: { not: admin.instansiId } }, orderBy: { id: "asc" } })).toEqual(garutSebelum);
    expect(bacaLog(job.log).catatan).toContain('Pimpinan "Subbidang Pemindahan Antar Instansi" diatur sesuai SIASN.');
  });

  it("lists a unit SIASN no longer has, without deactivating it, and renames by SIASN id", async () => {
    await signIn("admin");
    const promosi = data.refUnor.find((u) => u.Id === siasnUnorId("BKPSDM-BDG", "sb-promosi"));
    if (promosi) promosi.NamaUnor = "Subbidang Promosi";
    siasn.setBehaviour({ inactiveUnorIds: [UNOR_BARU] });
    try {
      const job = await mulai("SINKRON_UNOR");
      expect(job.status).toBe("SELESAI");
      expect(bacaLog(job.log).catatan).toContain(
        'Unit "Subbidang Pemindahan Antar Instansi" tidak ada lagi di SIASN. Unit ini tidak dinonaktifkan otomatis; nonaktifkan lewat menu Unit Kerja bila memang sudah dibubarkan.',
      );
      expect(await db.unitKerja.findFirst({ where: { siasnId: UNOR_BARU } })).toMatchObject({ aktif: true });
      expect(await db.unitKerja.count({ where: { siasnId: siasnUnorId("BKPSDM-BDG", "sb-promosi"), nama: "Subbidang Promosi" } })).toBe(1);
    } finally {
      siasn.setBehaviour({});
    }
  });
});

describe("sinkron semua pegawai", () => {
  it("applies SIASN's data to every pegawai and names the one SIASN does not know", async () => {
    const admin = await signIn("admin");
    await db.pegawai.create({
      data: { instansiId: admin.instansiId, nip: "199901012024011001", nama: "Belum Di SIASN", jenisJabatan: "PELAKSANA", jabatan: "Staf", passwordHash: "x" },
    });
    const aktif = await db.pegawai.count({ where: { instansiId: admin.instansiId, aktif: true } });

    const job = await mulai("SINKRON_PEGAWAI");
    expect(job).toMatchObject({ status: "SELESAI", total: aktif, selesai: aktif - 1, gagal: 1 });
    expect(bacaLog(job.log).gagal).toEqual([{ nip: "199901012024011001", nama: "Belum Di SIASN", pesan: "NIP tidak ditemukan di SIASN." }]);
    const staff = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.staff.nip } });
    expect(staff.jabatan).toBe(SIASN_PROMOSI.jabatanBaru);
    expect(staff.siasnId).not.toBeNull();
    expect(await db.sinkronSiasn.count({ where: { berhasil: false, pegawai: { nip: "199901012024011001" } } })).toBe(1);
  });

  it("stops when SIASN goes down halfway, keeps what was synced, and the next attempt resumes after it", async () => {
    const admin = await signIn("admin");
    const config = siasnConfigFromEnv(SIASN_ENV(siasn.url));
    if (!config) throw new Error("config");
    const real = createSiasnClient(config);
    let calls = 0;
    const flaky: SiasnClient = {
      ...real,
      getDataUtama: (nip) => {
        calls++;
        if (calls === 15) siasn.setBehaviour({ serverErrorCalls: 1000 });
        return real.getDataUtama(nip);
      },
    };
    const queuedJob = await mulaiSinkron({ jenis: "SINKRON_PEGAWAI" });
    if (!queuedJob.ok) throw new Error(queuedJob.message);
    const startedAt = new Date();
    try {
      // The first attempt, as the worker would run it, but with SIASN failing from the 15th call.
      await expect(jalankanSinkronMassal(queuedJob.data.jobId, flaky, { ke: 1, maks: MAKS_PERCOBAAN_SINKRON })).rejects.toThrow(/SIASN tidak dapat dihubungi/);
    } finally {
      siasn.setBehaviour({});
    }

    const stopped = await db.job.findUniqueOrThrow({ where: { id: queuedJob.data.jobId } });
    // The 15th pegawai met the outage; the 14 before it are done (one of them is unknown to SIASN).
    expect(stopped.status).toBe("MENUNGGU");
    expect(stopped.selesai + stopped.gagal).toBe(14);
    expect(bacaLog(stopped.log).pesan).toMatch(/^Berhenti di NIP \d{18} .*SIASN tidak dapat dihubungi.*Dicoba lagi otomatis sebentar lagi \(percobaan 2 dari 5\)\.$/);
    expect(await db.pegawai.count({ where: { instansiId: admin.instansiId, lastSyncAt: { gte: startedAt } } })).toBe(stopped.selesai);

    await drain();
    const resumed = await db.job.findUniqueOrThrow({ where: { id: stopped.id } });
    expect(resumed.status).toBe("SELESAI");
    expect(resumed.selesai + resumed.gagal).toBe(resumed.total);
    expect(resumed.selesai).toBe(resumed.total - 1);
    // Resumed after the 14th: only the rest met SIASN again.
    expect(await db.pegawai.count({ where: { instansiId: admin.instansiId, lastSyncAt: { gte: startedAt } } })).toBe(resumed.selesai);
  });

  it("leaves a sync SIASN keeps failing to graphile-worker's retries, and after the last one to Lanjutkan", async () => {
    const admin = await signIn("admin");
    const queuedJob = await mulaiSinkron({ jenis: "SINKRON_PEGAWAI" });
    if (!queuedJob.ok) throw new Error(queuedJob.message);
    siasn.setBehaviour({ serverErrorCalls: 1000 });
    try {
      await drain();
      expect(await antrean(admin.instansiId, "SINKRON_PEGAWAI")).toMatchObject({ attempts: 1, nanti: true, last_error: expect.stringContaining("SIASN tidak dapat dihubungi") });
      expect(await db.job.findUniqueOrThrow({ where: { id: queuedJob.data.jobId } })).toMatchObject({ status: "MENUNGGU" });
      // The last attempt gives up and leaves the row for the admin.
      await jalankanSinkronMassal(queuedJob.data.jobId, getSiasnClient(), { ke: MAKS_PERCOBAAN_SINKRON, maks: MAKS_PERCOBAAN_SINKRON });
    } finally {
      siasn.setBehaviour({});
    }
    const gagal = await db.job.findUniqueOrThrow({ where: { id: queuedJob.data.jobId } });
    expect(gagal.status).toBe("GAGAL");
    expect(bacaLog(gagal.log).pesan).toMatch(/SIASN tidak dapat dihubungi.*Yang sudah tersimpan tetap ada; tekan "Lanjutkan" untuk meneruskan\.$/);

    expect(await lanjutkanSinkron({ jobId: gagal.id })).toMatchObject({ ok: true });
    await drain();
    expect(await db.job.findUniqueOrThrow({ where: { id: gagal.id } })).toMatchObject({ status: "SELESAI" });
    expect(await antrean(admin.instansiId, "SINKRON_PEGAWAI")).toBeUndefined();
  });

  it("fails at once, without retries, when SIASN refuses the credentials", async () => {
    const admin = await signIn("admin");
    const queuedJob = await mulaiSinkron({ jenis: "SINKRON_PEGAWAI" });
    if (!queuedJob.ok) throw new Error(queuedJob.message);
    siasn.setBehaviour({ unauthorizedCalls: 1000 });
    try {
      await drain();
    } finally {
      siasn.setBehaviour({});
    }
    const job = await db.job.findUniqueOrThrow({ where: { id: queuedJob.data.jobId } });
    expect(job.status).toBe("GAGAL");
    expect(bacaLog(job.log).pesan).toMatch(/Kredensial SIASN ditolak.*tekan "Lanjutkan"/);
    expect(await antrean(admin.instansiId, "SINKRON_PEGAWAI")).toBeUndefined();
  });

  it("takes over a job whose worker died, and refuses a second one while one runs", async () => {
    const admin = await signIn("admin");
    const dead = await db.job.create({ data: { instansiId: admin.instansiId, jenis: "SINKRON_UNOR", status: "BERJALAN", aktorId: admin.id } });
    await db.$executeRaw`UPDATE "Job" SET "updatedAt" = (now() AT TIME ZONE 'UTC') - interval '10 minutes' WHERE id = ${dead.id}::uuid`;
    expect((await listJobs(admin)).find((j) => j.id === dead.id)?.macet).toBe(true);
    expect(await lanjutkanSinkron({ jobId: dead.id })).toMatchObject({ ok: true });
    await drain();
    expect(await db.job.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: "SELESAI" });

    const running = await db.job.create({ data: { instansiId: admin.instansiId, jenis: "SINKRON_UNOR", status: "BERJALAN" } });
    expect(await mulaiSinkron({ jenis: "SINKRON_UNOR" })).toEqual({
      ok: false,
      message: "Sinkron unit kerja (ref-unor) masih berjalan. Tunggu hingga selesai.",
    });
    await db.job.update({ where: { id: running.id }, data: { status: "SELESAI" } });
  });
});

describe("authorization and configuration", () => {
  it("keeps each instansi's jobs to its own admin", async () => {
    const bandung = await signIn("admin");
    const job = (await listJobs(bandung))[0];
    const garut = await signIn("admin-garut");
    expect(await listJobs(garut)).toEqual([]);
    expect(await lanjutkanSinkron({ jobId: job?.id ?? "" })).toMatchObject({ ok: false, message: "Pekerjaan sinkron tidak ditemukan." });
    await signIn("staff");
    expect(await mulaiSinkron({ jenis: "SINKRON_PEGAWAI" })).toEqual({ ok: false, message: "Halaman ini hanya untuk admin instansi." });
  });

  it("says so when SIASN is not configured", async () => {
    await signIn("admin-garut");
    const saved = { ...process.env };
    for (const name of Object.keys(SIASN_ENV(siasn.url))) delete process.env[name];
    try {
      expect(await mulaiSinkron({ jenis: "SINKRON_UNOR" })).toMatchObject({ ok: false, message: expect.stringContaining("SIASN belum dikonfigurasi") });
    } finally {
      Object.assign(process.env, saved);
    }
  });
});
