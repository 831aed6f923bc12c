import type pg from "pg";
import { hariIniDi } from "../../lib/domain/zona-waktu";
import { tambahHari } from "../../lib/domain/hari-kerja";
import { toIsoDate } from "../../lib/domain/tanggal";
import type { ScaleAccounts } from "../seed-scale";
import { progresWindow } from "./scale-plan";
import { actionHeaders, type ActionRef, type Session } from "./bench-http";
import type { LoadRequest } from "./bench-load";
import type { Journey } from "./bench-measure";

/**
 * The Progres Harian journeys of issue 11. The views read a full week and month of the seeded
 * entries (the week a week before the data's last day); adding an entry writes on today, which
 * the scale seed leaves empty, in 10-minute slots spread over several pegawai so no two
 * requests overlap and no pegawai's saves queue behind one another for long.
 */
export type ProgresFixtures = {
  /** A day whose week and month are full of seeded entries. */
  tanggalData: string;
  today: string;
  /** Staff with an approved SKP who add entries today, each with a rencana aksi of today's periode. */
  adders: Array<{ pegawaiId: string; nip: string; rencanaAksiId: string }>;
};

export type ProgresContext = {
  fixtures: ProgresFixtures;
  sessions: { pegawai: Session; atasan: Session; admin: Session; adders: Map<string, Session> };
  simpan: ActionRef;
  baseUrl: string;
  warmup: number;
  countPasses: number;
  /** Entries added under load: each is used up, so the run ends when they are (autocannon's amount). */
  measuredAdds: number;
};

const SLOTS_PER_DAY = 144;

export async function loadProgresFixtures(client: pg.Client, accounts: ScaleAccounts, adders: number): Promise<ProgresFixtures> {
  const today = toIsoDate(hariIniDi("WIB", new Date()));
  const tanggalData = tambahHari(progresWindow(today, Number(today.slice(0, 4))).akhir, -7);
  const { rows } = await client.query<ProgresFixtures["adders"][number]>(
    `SELECT p.id AS "pegawaiId", p.nip, ra.id AS "rencanaAksiId"
     FROM "Skp" s JOIN "Pegawai" p ON p.id = s."pegawaiId" JOIN "Instansi" i ON i.id = p."instansiId"
     CROSS JOIN LATERAL (
       SELECT ra.id FROM "RencanaAksi" ra JOIN "Rhk" r ON r.id = ra."rhkId" JOIN "PeriodePenilaian" pp ON pp.id = ra."periodeId"
       WHERE r."skpId" = s.id AND $3::date BETWEEN pp.awal AND pp.akhir ORDER BY r.urutan LIMIT 1) ra
     WHERE i.kode = $1 AND p.aktif AND p."jenisJabatan" <> 'STRUKTURAL' AND s.status = 'PERSETUJUAN' AND p.nip <> $4
     ORDER BY p.nip LIMIT $2`,
    [accounts.kode, adders, today, accounts.pegawai8Rhk],
  );
  if (rows.length === 0) throw new Error(`Data skala ${accounts.kode} tidak punya rencana aksi untuk ${today}; jalankan ulang seed:scale.`);
  await removeAddedProgres(client, { tanggalData, today, adders: rows });
  return { tanggalData, today, adders: rows };
}

/** Today's entries of the adding pegawai: all made by a benchmark run (the seed leaves today empty). */
export async function removeAddedProgres(client: pg.Client, f: ProgresFixtures): Promise<void> {
  await client.query(`DELETE FROM "ProgresHarian" WHERE "pegawaiId" = ANY($1::uuid[]) AND tanggal = $2::date`, [f.adders.map((a) => a.pegawaiId), f.today]);
}

export function progresJourneys(c: ProgresContext): Journey[] {
  const get = (path: string, session: Session): LoadRequest => ({ method: "GET", path, headers: { cookie: session.cookie } });
  const { tanggalData } = c.fixtures;
  const adds = addRequests(c);
  return [
    {
      key: "ph-minggu",
      label: "Progres Harian: tampilan Minggu (pegawai)",
      role: "pegawai",
      requests: [get(`/progres-harian?tampilan=minggu&tanggal=${tanggalData}`, c.sessions.pegawai)],
      expect: { status: 200, includes: "Rapat koordinasi dengan bidang terkait" },
    },
    {
      key: "ph-bulan",
      label: "Progres Harian: tampilan Bulan (pegawai)",
      role: "pegawai",
      requests: [get(`/progres-harian?tampilan=bulan&tanggal=${tanggalData}`, c.sessions.pegawai)],
      // A day's label with its status and hours ("12: Terisi sebagian, 5 jam"), never in the legend.
      expect: { status: 200, includes: ": Terisi " },
    },
    {
      key: "ph-tambah",
      label: "Progres Harian: tambah entri (server action)",
      role: "pegawai",
      requests: adds.slice(c.warmup + c.countPasses, c.warmup + c.countPasses + c.measuredAdds),
      countRequests: adds.slice(c.warmup, c.warmup + c.countPasses),
      consumable: { warmup: adds.slice(0, c.warmup) },
      expect: { status: 200, includes: '"ok":true' },
    },
    {
      key: "ph-bawahan",
      label: "Progres Harian Bawahan (atasan, minggu, 25 bawahan per halaman)",
      role: "atasan",
      requests: [get(`/progres-harian-bawahan?minggu=${tanggalData}`, c.sessions.atasan)],
      expect: { status: 200, includes: "Menunggu verifikasi" },
    },
    {
      key: "ph-monitoring",
      label: "Monitoring Progres Harian (admin, seluruh instansi)",
      role: "admin",
      requests: [get("/admin/monitoring-progres-harian", c.sessions.admin)],
      // The column only the table of counts has, never the empty state.
      expect: { status: 200, includes: "Minggu ini" },
    },
    {
      key: "ph-rekap-pdf",
      label: "Rekap Progres Harian bulanan (PDF)",
      role: "pegawai",
      requests: [get(`/api/progres-harian/rekap?jenis=bulanan&format=pdf&tanggal=${tanggalData}`, c.sessions.pegawai)],
      expect: { status: 200, includes: "%PDF" },
    },
  ];
}

/** Request i: pegawai i mod P, 10-minute slot i div P of today; a pegawai's slots never overlap. */
export function slotTambah(i: number, adders: number): { adder: number; jamMulai: string; jamSelesai: string } {
  const jam = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const mulai = Math.floor(i / adders) * 10;
  if (mulai + 9 > 1439) throw new Error(`Slot ${i} melewati tengah malam; tambah pegawai penambah entri.`);
  return { adder: i % adders, jamMulai: jam(mulai), jamSelesai: jam(mulai + 9) };
}

function addRequests(c: ProgresContext): LoadRequest[] {
  const { adders, today } = c.fixtures;
  const wanted = Math.min(adders.length * SLOTS_PER_DAY, c.warmup + c.countPasses + c.measuredAdds);
  return Array.from({ length: wanted }, (_, i) => {
    const slot = slotTambah(i, adders.length);
    const adder = adders[slot.adder] as ProgresFixtures["adders"][number];
    const session = c.sessions.adders.get(adder.nip);
    if (!session) throw new Error(`Tidak ada sesi untuk NIP ${adder.nip}.`);
    const input = {
      tanggal: today,
      jamMulai: slot.jamMulai,
      jamSelesai: slot.jamSelesai,
      rencanaAksiId: adder.rencanaAksiId,
      indikatorId: "",
      kegiatan: "Menyusun notula rapat koordinasi",
      realisasi: "1",
      satuan: "Dokumen",
      tautanBukti: "",
      sumberData: "",
    };
    return { method: "POST", path: "/progres-harian", headers: actionHeaders(c.simpan, c.baseUrl, session.cookie), body: JSON.stringify([input]) };
  });
}
