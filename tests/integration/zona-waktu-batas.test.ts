import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { toIsoDate } from "@/lib/domain/tanggal";
import type { ZonaWaktu } from "@/lib/domain/zona-waktu";
import { saveRealisasi } from "@/lib/server/actions/realisasi";
import { db } from "@/lib/server/db";
import { getPelaksanaan } from "@/lib/server/queries/pelaksanaan";
import { getActor } from "@/lib/server/auth";
import { actAs } from "./helpers/session";
import { buildPelaksanaanOrg, type PelaksanaanOrg } from "./pelaksanaan-fixtures";

let org: PelaksanaanOrg;
beforeAll(async () => {
  org = await buildPelaksanaanOrg();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Signs the staff in at `moment`, with their instansi in `zona`. */
async function staffPada(zona: ZonaWaktu, moment: string) {
  await db.instansi.update({ where: { id: org.instansi.id }, data: { zonaWaktu: zona } });
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(moment));
  await actAs(org.staff.id);
}

const realisasi = () => ({
  skpId: org.skp.id,
  periodeId: org.tw2.id,
  indikatorId: org.skp.rhk.find((r) => r.jenis === "UTAMA")!.indikator[0]!.id,
  nilai: "10",
  narasi: "",
  sumberData: "Laporan bulanan",
});

describe("the batas pengisian holds until midnight in the instansi's own zone", () => {
  // 16.30 UTC on the batas pengisian day: 23.30 WIB, but already 00.30 the next day in WITA.
  const momen = () => `${toIsoDate(org.tw2.batasPengisian)}T16:30:00Z`;

  test("a WIB instansi's pegawai may still enter realisasi", async () => {
    await staffPada("WIB", momen());
    expect(await saveRealisasi(realisasi())).toMatchObject({ ok: true });
    const actor = await getActor();
    expect((await getPelaksanaan(actor!, org.skp.id, org.tw2.id)).pengisian.kind).toBe("terbuka");
  });

  test("at the same moment a WITA instansi's pegawai is refused, and the page says the periode is closed", async () => {
    await staffPada("WITA", momen());
    expect(await saveRealisasi({ ...realisasi(), nilai: "11" })).toMatchObject({ ok: false });
    const actor = await getActor();
    expect((await getPelaksanaan(actor!, org.skp.id, org.tw2.id)).pengisian.kind).toBe("ditutup");
    const [row] = await db.realisasi.findMany({ where: { periodeId: org.tw2.id, indikator: { rhk: { skpId: org.skp.id } } } });
    expect(row?.nilai?.toString()).toBe("10");
  });

  test("an hour earlier the WITA pegawai could still enter it", async () => {
    await staffPada("WITA", `${toIsoDate(org.tw2.batasPengisian)}T15:30:00Z`);
    expect(await saveRealisasi({ ...realisasi(), nilai: "12" })).toMatchObject({ ok: true });
  });
});
