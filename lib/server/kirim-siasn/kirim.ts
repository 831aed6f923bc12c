import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatusKirimSiasn } from "@/lib/generated/prisma/enums";
import { readPenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { pesanKirimSiasn, SiasnError, type SiasnErrorKind } from "@/lib/domain/siasn/errors";
import { buildPayload, type PayloadSiasn } from "@/lib/domain/siasn/kirim";
import type { SiasnConfig } from "@/lib/server/siasn/config";
import { kirimKeSiasn } from "@/lib/server/siasn/kirim";
import { db, type Tx } from "@/lib/server/db";
import { mungkinTersimpan, tujuanKirim } from "./cocokkan";
import { hitungKeJob } from "./job";

export const PESAN_BELUM_DIKONFIGURASI = "SIASN belum dikonfigurasi di server ini.";

export type HasilKirim = {
  status: StatusKirimSiasn;
  /** Nothing was posted: already sent for this finalisation, or the penilaian is no longer final. */
  dilewati: boolean;
  pesan: string | null;
  /** Why SIASN failed, when it did: "unavailable" is worth another attempt. */
  sebab: SiasnErrorKind | null;
};

export type OpsiKirim = {
  /** False while the queue will try again after an unreachable SIASN: the outcome is not final yet. */
  percobaanTerakhir?: boolean;
  /** When the admin asked for this send (see tujuanKirim); null for the system's sends. */
  diperiksaSejak?: Date | null;
};

/**
 * Sends one result. The row is locked for the whole exchange, so two workers (or the admin and
 * the automatic send) never post the same result at once; the one that waited then sees it
 * Terkirim for this finalisation and posts nothing. A row that holds SIASN's id sends it, so a
 * refinalised result updates SIASN's riwayat instead of adding a second one. Every post is
 * recorded as an attempt with its payload and outcome; `aktorId` null means the system. A final
 * outcome is counted into the bulk send (Job) the row belongs to, in the same transaction.
 */
export async function kirimSatu(kirimId: string, aktorId: string | null, config: SiasnConfig | null, opsi: OpsiKirim = {}): Promise<HasilKirim> {
  return db.$transaction((tx) => kirimTerkunci(tx, kirimId, aktorId, config, opsi), { timeout: batasTransaksi(config), maxWait: 15_000 });
}

type Hasil = { siasnId: string } | { pesan: string; sebab: SiasnErrorKind | null; tidakPasti: boolean };

async function kirimTerkunci(tx: Tx, kirimId: string, aktorId: string | null, config: SiasnConfig | null, opsi: OpsiKirim): Promise<HasilKirim> {
  await tx.$queryRaw`SELECT id FROM "KirimSiasn" WHERE id = ${kirimId}::uuid FOR UPDATE`;
  const row = await tx.kirimSiasn.findUnique({
    where: { id: kirimId },
    include: { penilaian: { select: { status: true, finalizedAt: true, snapshot: true, skp: { select: { pegawai: { select: { siasnId: true, nip: true } } } } } } },
  });
  if (!row) return { status: "GAGAL", dilewati: true, pesan: "Data kiriman tidak ditemukan.", sebab: null };
  const { penilaian } = row;
  const sudah = row.status === "TERKIRIM" && row.terkirimUntuk?.getTime() === row.finalizedAt.getTime();
  if (sudah || penilaian.status !== "FINAL" || !penilaian.finalizedAt) {
    await hitungKeJob(tx, row, sudah);
    return { status: row.status, dilewati: true, pesan: row.pesan, sebab: null };
  }

  const dibangun = buildPayload(row.jenis, {
    pnsId: penilaian.skp.pegawai.siasnId,
    snapshot: readPenilaianSnapshot(penilaian.snapshot),
    siasnId: row.siasnId,
  });
  let payload: PayloadSiasn | Record<string, never> = dibangun.ok ? dibangun.payload : {};
  let hasil: Hasil;
  if (!dibangun.ok) hasil = { pesan: dibangun.pesan, sebab: null, tidakPasti: false };
  else if (!config) hasil = { pesan: PESAN_BELUM_DIKONFIGURASI, sebab: null, tidakPasti: false };
  else {
    const tujuan = await tujuanKirim(tx, config, { ...row, nip: penilaian.skp.pegawai.nip }, dibangun.payload, opsi.diperiksaSejak ?? null);
    if (!tujuan.ok) hasil = { pesan: tujuan.pesan, sebab: tujuan.sebab, tidakPasti: false };
    else {
      const dikirim = { ...dibangun.payload, id: tujuan.siasnId ?? "" };
      payload = dikirim;
      hasil = await posting(config, row.jenis, dikirim, kirimId);
    }
  }

  const dasar = { kirimId, aktorId, payload: payload as Prisma.InputJsonValue };
  const akhir = "siasnId" in hasil || hasil.sebab !== "unavailable" || opsi.percobaanTerakhir !== false;
  if (akhir) await hitungKeJob(tx, row, "siasnId" in hasil);
  if ("siasnId" in hasil) {
    await tx.kirimSiasnPercobaan.create({ data: { ...dasar, berhasil: true, siasnId: hasil.siasnId } });
    await tx.kirimSiasn.update({ where: { id: kirimId }, data: { status: "TERKIRIM", siasnId: hasil.siasnId, terkirimUntuk: row.finalizedAt, pesan: null } });
    return { status: "TERKIRIM", dilewati: false, pesan: null, sebab: null };
  }
  await tx.kirimSiasnPercobaan.create({ data: { ...dasar, berhasil: false, pesan: hasil.pesan, tidakPasti: hasil.tidakPasti } });
  await tx.kirimSiasn.update({ where: { id: kirimId }, data: { status: "GAGAL", pesan: hasil.pesan } });
  return { status: "GAGAL", dilewati: false, pesan: hasil.pesan, sebab: hasil.sebab };
}

async function posting(config: SiasnConfig, jenis: Parameters<typeof kirimKeSiasn>[1], payload: PayloadSiasn, kirimId: string): Promise<Hasil> {
  return kirimKeSiasn(config, jenis, payload).then(
    (siasnId) => ({ siasnId }),
    (error: unknown) => {
      if (!(error instanceof SiasnError)) throw error;
      if (error.detail) console.warn(`[kirim-siasn ${kirimId}] ${error.kind}: ${error.detail}`);
      return { pesan: pesanKirimSiasn(error), sebab: error.kind, tidakPasti: mungkinTersimpan(error.kind) };
    },
  );
}

/**
 * The row stays locked for the longest exchange: the rw-* read with its retries and backoff,
 * then the post, each possibly twice after a 401, plus a margin for our own writes.
 */
function batasTransaksi(config: SiasnConfig | null): number {
  if (!config) return 15_000;
  const baca = (config.retries + 1) * config.timeoutMs + config.backoffMs * 2 ** config.retries;
  return 2 * (baca + config.timeoutMs) + 15_000;
}
