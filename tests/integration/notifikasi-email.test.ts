import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { actAs, createPegawaiWithPassword } from "./helpers/session";
import { jalankanAntrean, startNotifikasiMail } from "./notifikasi-test-support";

// The sink must be up before lib/env.ts is read: app modules are imported after it.
const mail = await startNotifikasiMail();
const { db } = await import("@/lib/server/db");
const { catatNotifikasi } = await import("@/lib/server/notifikasi/catat");
const { tautanBerhenti } = await import("@/lib/server/notifikasi/tautan-berhenti");
const { tujuanBerhenti } = await import("@/lib/server/notifikasi/berhenti");
const { berhentiNotifikasi } = await import("@/lib/server/actions/berhenti-notifikasi");
const { simpanPreferensiNotifikasi, tandaiSemuaNotifikasiDibaca } = await import("@/lib/server/actions/notifikasi");
const { getPreferensiNotifikasi } = await import("@/lib/server/queries/notifikasi");
const { getActor } = await import("@/lib/server/auth");
const { GET: bukaNotifikasiRoute } = await import("@/app/(pegawai)/notifikasi/[id]/route");

type Pegawai = Awaited<ReturnType<typeof createPegawaiWithPassword>>;
let budi: Pegawai;
let sari: Pegawai;

beforeAll(async () => {
  budi = await createPegawaiWithPassword({ nip: "198601012010011001", password: "Rahasia123", email: "budi@uji.go.id" });
  sari = await createPegawaiWithPassword({ nip: "198601012010012002", password: "Rahasia123", email: "sari@uji.go.id" });
});
beforeEach(async () => {
  await mail.clear();
});
afterAll(() => mail.stop());

const kabari = (penerimaId: string, jenis: "SKP_DIKEMBALIKAN" | "SKP_DISETUJUI" | "PROGRES_PERLU_PERBAIKAN", tautan = "/skp") =>
  db.$transaction(async (tx) => {
    await catatNotifikasi(tx, [{ penerimaId, jenis, judul: `Uji ${jenis}`, tautan }]);
    return tx.notifikasi.findFirstOrThrow({ where: { penerimaId }, orderBy: { createdAt: "desc" } });
  });
const saluran = async (pegawaiId: string, jenis: "SKP_DIKEMBALIKAN" | "PROGRES_PERLU_PERBAIKAN") =>
  (await db.preferensiNotifikasi.findUnique({ where: { pegawaiId_jenis: { pegawaiId, jenis } } }))?.saluran ?? null;

async function sentAfterQueue() {
  await jalankanAntrean();
  return (await mail.mails()).map((m) => m.subject);
}

describe("the turn-off link", () => {
  test("opening it changes nothing; its button turns that kind to the app only, and the next one sends no email", async () => {
    await kabari(budi.id, "SKP_DIKEMBALIKAN");
    await jalankanAntrean();
    const [email] = await mail.mails();
    const token = decodeURIComponent(/\/berhenti-notifikasi\?token=(\S+)/.exec(email!.text)![1]!);

    expect(await tujuanBerhenti(token)).toMatchObject({ pegawaiId: budi.id, label: "SKP dikembalikan", jenis: ["SKP_DIKEMBALIKAN"] });
    expect(await saluran(budi.id, "SKP_DIKEMBALIKAN")).toBeNull();

    expect(await berhentiNotifikasi({ token })).toEqual({ ok: true, data: { label: "SKP dikembalikan" } });
    expect(await saluran(budi.id, "SKP_DIKEMBALIKAN")).toBe("APLIKASI");
    await mail.clear();
    await kabari(budi.id, "SKP_DIKEMBALIKAN");
    await kabari(budi.id, "SKP_DISETUJUI");
    expect(await sentAfterQueue()).toEqual(["Uji SKP_DISETUJUI"]);
  });

  test("a forged or altered token is refused and changes nothing", async () => {
    const sah = new URL(tautanBerhenti(sari.id, "SKP_DIKEMBALIKAN")).searchParams.get("token")!;
    const [, , tanda] = sah.split(".");
    for (const token of [`${sari.id}.SKP_DISETUJUI.${tanda}`, `${budi.id}.SKP_DIKEMBALIKAN.${tanda}`, `${sah}x`, "tebakan", ""]) {
      expect(await berhentiNotifikasi({ token })).toMatchObject({ ok: false, message: expect.stringContaining("Tautan ini tidak berlaku") });
    }
    expect(await db.preferensiNotifikasi.count({ where: { pegawaiId: sari.id } })).toBe(0);
  });

  test("the digest's link turns off every kind that goes in the digest", async () => {
    const token = new URL(tautanBerhenti(sari.id, "RINGKASAN")).searchParams.get("token")!;
    expect(await berhentiNotifikasi({ token })).toMatchObject({ ok: true });
    expect(await saluran(sari.id, "PROGRES_PERLU_PERBAIKAN")).toBe("APLIKASI");
    expect(await saluran(sari.id, "SKP_DIKEMBALIKAN")).toBeNull();
  });
});

describe("the email job", () => {
  test("reads the choice again when it runs: turned off, or no email address, sends nothing", async () => {
    await kabari(sari.id, "SKP_DISETUJUI");
    await db.preferensiNotifikasi.create({ data: { pegawaiId: sari.id, jenis: "SKP_DISETUJUI", saluran: "APLIKASI" } });
    const tanpaEmail = await createPegawaiWithPassword({ nip: "198601012010011003", password: "Rahasia123", email: "tono@uji.go.id" });
    await kabari(tanpaEmail.id, "SKP_DIKEMBALIKAN");
    await db.pegawai.update({ where: { id: tanpaEmail.id }, data: { email: null } });
    expect(await sentAfterQueue()).toEqual([]);
  });
});

describe("opening and reading", () => {
  const buka = (id: string) => bukaNotifikasiRoute(new Request(`http://localhost/notifikasi/${id}`), { params: Promise.resolve({ id }) });

  test("only the recipient opens a notification: it is marked read and leads to its page", async () => {
    const n = await kabari(budi.id, "SKP_DISETUJUI", "/skp/abc?tab=riwayat");
    await actAs(sari.id);
    expect((await buka(n.id)).status).toBe(404);
    expect((await db.notifikasi.findUniqueOrThrow({ where: { id: n.id } })).dibacaPada).toBeNull();

    await actAs(budi.id);
    const res = await buka(n.id);
    expect([res.status, res.headers.get("location")]).toEqual([303, "/skp/abc?tab=riwayat"]);
    expect((await db.notifikasi.findUniqueOrThrow({ where: { id: n.id } })).dibacaPada).not.toBeNull();
  });

  test("a stored link that leaves the app goes to Beranda instead", async () => {
    const n = await kabari(budi.id, "SKP_DISETUJUI", "//evil.example/masuk");
    await actAs(budi.id);
    expect((await buka(n.id)).headers.get("location")).toBe("/beranda");
  });

  test("Tandai semua dibaca touches only the signed-in person's notifications", async () => {
    await kabari(budi.id, "SKP_DISETUJUI");
    await kabari(sari.id, "SKP_DISETUJUI");
    await actAs(sari.id);
    expect(await tandaiSemuaNotifikasiDibaca()).toMatchObject({ ok: true });
    expect(await db.notifikasi.count({ where: { penerimaId: sari.id, dibacaPada: null } })).toBe(0);
    expect(await db.notifikasi.count({ where: { penerimaId: budi.id, dibacaPada: null } })).toBeGreaterThan(0);
    expect((await getActor())?.notifikasiBelumDibaca).toBe(0);
  });

  test("Profil saves the person's own choices, and says when there is no email to send to", async () => {
    await actAs(budi.id);
    expect(await simpanPreferensiNotifikasi({ pilihan: [{ jenis: "PENILAIAN_FINAL", saluran: "RINGKASAN_HARIAN" }] })).toMatchObject({ ok: true });
    const actor = (await getActor())!;
    const pref = await getPreferensiNotifikasi(actor);
    expect(pref.adaEmail).toBe(true);
    expect(pref.pilihan.find((p) => p.jenis === "PENILAIAN_FINAL")?.saluran).toBe("RINGKASAN_HARIAN");
    expect(pref.pilihan.find((p) => p.jenis === "SKP_DIKEMBALIKAN")?.saluran).toBe("APLIKASI");
    expect(await simpanPreferensiNotifikasi({ pilihan: [{ jenis: "PENILAIAN_FINAL", saluran: "FAKS" as never }] })).toMatchObject({ ok: false });
  });
});
