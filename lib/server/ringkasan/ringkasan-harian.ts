import "server-only";
import type { Task } from "graphile-worker";
import { JENIS_NOTIFIKASI } from "@/lib/domain/notifikasi";
import {
  adaIsi,
  JAM_RINGKASAN,
  JENIS_RINGKASAN_BAWAAN,
  jenisRingkasanUntuk,
  kunciRingkasan,
  tugasUntukRingkasan,
  type IsiRingkasan,
} from "@/lib/domain/ringkasan-harian";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import { formatTanggal, toIsoDate } from "@/lib/domain/tanggal";
import { daftarTugas } from "@/lib/domain/tugas";
import { hariIniDi, jamDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { JenisNotifikasi, SaluranNotifikasi } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { NAMA_TUGAS } from "@/lib/server/antrean/nama-tugas";
import { tambahBanyakTugasLatar } from "@/lib/server/antrean/tambah";
import { db } from "@/lib/server/db";
import { bacaFaktaTugas } from "@/lib/server/queries/tugas-fakta";
import type { PayloadEmailRingkasan } from "./kirim-email-ringkasan";
import { tautanBerhenti } from "@/lib/server/notifikasi/tautan-berhenti";

/** People per round: a few statements each, whatever the size of the instansi. */
export const UKURAN_BATCH_RINGKASAN = 500;

/**
 * Hourly cron task: for each instansi whose clock shows 07.xx, queues one digest email per
 * person who routes a kind to the digest and has something to say. "Now" is the cron's own
 * timestamp when present, so a late or backfilled run still belongs to its hour.
 */
export const ringkasanHarian: Task = async (payload) => {
  const cron = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts;
  await jalankanRingkasanHarian(cron ? new Date(cron) : new Date());
};

async function jalankanRingkasanHarian(now: Date): Promise<{ antre: number }> {
  const instansi = await db.instansi.findMany({ select: { id: true, zonaWaktu: true } });
  let antre = 0;
  for (const i of instansi.filter((x) => jamDi(x.zonaWaktu, now).jam === JAM_RINGKASAN)) {
    antre += await ringkasanInstansi(i.id, i.zonaWaktu, now);
  }
  return { antre };
}

type Calon = { id: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null; email: string };

async function ringkasanInstansi(instansiId: string, zona: ZonaWaktu, now: Date): Promise<number> {
  const hariIni = hariIniDi(zona, now);
  const kunci = kunciRingkasan(toIsoDate(hariIni));
  let setelah = "00000000-0000-0000-0000-000000000000";
  let antre = 0;
  for (;;) {
    // Set-based pick: active people with an email, who route at least one kind to the digest
    // (a chosen RINGKASAN_HARIAN, or a digest-by-default kind left unchosen), not yet sent today.
    const calon = await db.$queryRaw<Calon[]>`
      SELECT p.id, p.nama, p."gelarDepan", p."gelarBelakang", p.email FROM "Pegawai" p
      WHERE p."instansiId" = ${instansiId}::uuid AND p.aktif AND p.email IS NOT NULL AND p.email <> '' AND p.id > ${setelah}::uuid
        AND NOT EXISTS (SELECT 1 FROM "PengingatTerkirim" t WHERE t."penerimaId" = p.id AND t.kunci = ${kunci})
        AND (EXISTS (SELECT 1 FROM "PreferensiNotifikasi" pr WHERE pr."pegawaiId" = p.id AND pr.saluran = 'RINGKASAN_HARIAN')
          OR EXISTS (SELECT 1 FROM unnest(${JENIS_RINGKASAN_BAWAAN as string[]}::text[]) k(jenis)
                     WHERE NOT EXISTS (SELECT 1 FROM "PreferensiNotifikasi" pr WHERE pr."pegawaiId" = p.id AND pr.jenis::text = k.jenis)))
      ORDER BY p.id LIMIT ${UKURAN_BATCH_RINGKASAN}`;
    if (calon.length === 0) return antre;
    setelah = calon[calon.length - 1]!.id;
    antre += await antreBatch(calon, kunci, hariIni, now);
  }
}

type NotifikasiBaris = { penerimaId: string; jenis: JenisNotifikasi; judul: string; isi: string; tautan: string };

async function antreBatch(calon: Calon[], kunci: string, hariIni: Date, now: Date): Promise<number> {
  const ids = calon.map((c) => c.id);
  const [pilihan, notifikasi, fakta] = await Promise.all([
    db.preferensiNotifikasi.findMany({ where: { pegawaiId: { in: ids } }, select: { pegawaiId: true, jenis: true, saluran: true } }),
    // Since the person's previous digest, or the last day for a first one.
    db.$queryRaw<NotifikasiBaris[]>`
      SELECT n."penerimaId", n.jenis::text AS jenis, n.judul, n.isi, n.tautan FROM "Notifikasi" n
      WHERE n."penerimaId" = ANY (${ids}::uuid[])
        AND n."createdAt" > COALESCE((SELECT max(t."createdAt") FROM "PengingatTerkirim" t
              WHERE t."penerimaId" = n."penerimaId" AND t.kunci LIKE 'ringkasan:%'), ${new Date(now.getTime() - 86_400_000).toISOString()}::timestamp)
      ORDER BY n."createdAt"`,
    bacaFaktaTugas(db, ids, hariIni, now),
  ]);
  const pilihanPer = new Map<string, Map<JenisNotifikasi, SaluranNotifikasi>>();
  for (const p of pilihan) pilihanPer.set(p.pegawaiId, (pilihanPer.get(p.pegawaiId) ?? new Map()).set(p.jenis, p.saluran));

  const notifikasiPer = new Map<string, NotifikasiBaris[]>();
  for (const n of notifikasi) notifikasiPer.set(n.penerimaId, [...(notifikasiPer.get(n.penerimaId) ?? []), n]);

  const appUrl = env().APP_URL;
  const email: Array<{ penerimaId: string; payload: PayloadEmailRingkasan }> = [];
  for (const c of calon) {
    const jenis = jenisRingkasanUntuk(pilihanPer.get(c.id) ?? new Map());
    const f = fakta.get(c.id);
    const isi: IsiRingkasan = {
      nama: namaDenganGelar(c),
      tanggal: formatTanggal(hariIni),
      tugas: (f ? tugasUntukRingkasan(daftarTugas(f)) : []).map((t) => ({ judul: t.judul, keterangan: t.keterangan, tenggat: t.tenggat, tautan: appUrl + t.tautan })),
      notifikasi: (notifikasiPer.get(c.id) ?? [])
        .filter((n) => jenis.includes(n.jenis))
        .map((n) => ({ judul: n.judul, isi: n.isi, tautan: appUrl + n.tautan })),
      berhenti: jenis.map((j) => ({ label: JENIS_NOTIFIKASI[j].label, tautan: tautanBerhenti(c.id, j) })),
    };
    if (jenis.length > 0 && adaIsi(isi)) email.push({ penerimaId: c.id, payload: { kepada: c.email, isi } });
  }
  if (email.length === 0) return 0;

  // createdAt is written in UTC like Prisma's own rows: the column default would take the
  // session's zone. The day's key and the email job commit together: a second run (another worker, a retry,
  // a backfill) inserts nothing and so queues nothing.
  return db.$transaction(async (tx) => {
    const baru = await tx.$queryRaw<Array<{ penerimaId: string }>>`
      INSERT INTO "PengingatTerkirim" ("penerimaId", kunci, "createdAt")
      SELECT unnest(${email.map((e) => e.penerimaId)}::uuid[]), ${kunci}, ${new Date().toISOString()}::timestamp
      ON CONFLICT DO NOTHING RETURNING "penerimaId"`;
    const terkunci = new Set(baru.map((b) => b.penerimaId));
    const antre = email.filter((e) => terkunci.has(e.penerimaId));
    await tambahBanyakTugasLatar(
      tx,
      NAMA_TUGAS.KIRIM_EMAIL_RINGKASAN,
      antre.map((e) => ({ payload: e.payload, kunci: `${kunci}:${e.penerimaId}` })),
    );
    return antre.length;
  });
}
