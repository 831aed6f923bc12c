import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatusKirimSiasn } from "@/lib/generated/prisma/enums";
import { readPenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { pesanKirimSiasn, SiasnError, type SiasnErrorKind } from "@/lib/domain/siasn/errors";
import { buildPayload } from "@/lib/domain/siasn/kirim";
import type { SiasnConfig } from "@/lib/server/siasn/config";
import { kirimKeSiasn } from "@/lib/server/siasn/kirim";
import { db, type Tx } from "@/lib/server/db";

export const PESAN_BELUM_DIKONFIGURASI = "SIASN belum dikonfigurasi di server ini.";

export type HasilKirim = {
  status: StatusKirimSiasn;
  /** Nothing was posted: already sent for this finalisation, or the penilaian is no longer final. */
  dilewati: boolean;
  pesan: string | null;
  /** Why SIASN failed, when it did: "unavailable" is worth another attempt. */
  sebab: SiasnErrorKind | null;
};

/**
 * Sends one result. The row is locked for the whole exchange, so two workers (or the admin and
 * the automatic send) never post the same result at once; the one that waited then sees it
 * Terkirim for this finalisation and posts nothing. A row that holds SIASN's id sends it, so a
 * refinalised result updates SIASN's riwayat instead of adding a second one. Every post is
 * recorded as an attempt with its payload and outcome; `aktorId` null means the system.
 */
export async function kirimSatu(kirimId: string, aktorId: string | null, config: SiasnConfig | null): Promise<HasilKirim> {
  const batas = (config?.timeoutMs ?? 0) * 2 + 15_000;
  return db.$transaction((tx) => kirimTerkunci(tx, kirimId, aktorId, config), { timeout: batas, maxWait: 15_000 });
}

async function kirimTerkunci(tx: Tx, kirimId: string, aktorId: string | null, config: SiasnConfig | null): Promise<HasilKirim> {
  await tx.$queryRaw`SELECT id FROM "KirimSiasn" WHERE id = ${kirimId}::uuid FOR UPDATE`;
  const row = await tx.kirimSiasn.findUnique({
    where: { id: kirimId },
    include: { penilaian: { select: { status: true, finalizedAt: true, snapshot: true, skp: { select: { pegawai: { select: { siasnId: true } } } } } } },
  });
  if (!row) return { status: "GAGAL", dilewati: true, pesan: "Data kiriman tidak ditemukan.", sebab: null };
  const { penilaian } = row;
  const sudah = row.status === "TERKIRIM" && row.terkirimUntuk?.getTime() === row.finalizedAt.getTime();
  if (sudah || penilaian.status !== "FINAL" || !penilaian.finalizedAt) {
    return { status: row.status, dilewati: true, pesan: row.pesan, sebab: null };
  }

  const dibangun = buildPayload(row.jenis, {
    pnsId: penilaian.skp.pegawai.siasnId,
    snapshot: readPenilaianSnapshot(penilaian.snapshot),
    siasnId: row.siasnId,
  });
  const payload = dibangun.ok ? dibangun.payload : {};
  let hasil: { siasnId: string } | { pesan: string; sebab: SiasnErrorKind | null };
  if (!dibangun.ok) hasil = { pesan: dibangun.pesan, sebab: null };
  else if (!config) hasil = { pesan: PESAN_BELUM_DIKONFIGURASI, sebab: null };
  else hasil = await kirimKeSiasn(config, row.jenis, dibangun.payload).then(
    (siasnId) => ({ siasnId }),
    (error: unknown) => {
      if (!(error instanceof SiasnError)) throw error;
      if (error.detail) console.warn(`[kirim-siasn ${kirimId}] ${error.kind}: ${error.detail}`);
      return { pesan: pesanKirimSiasn(error), sebab: error.kind };
    },
  );

  const dasar = { kirimId, aktorId, payload: payload as Prisma.InputJsonValue };
  if ("siasnId" in hasil) {
    await tx.kirimSiasnPercobaan.create({ data: { ...dasar, berhasil: true, siasnId: hasil.siasnId } });
    await tx.kirimSiasn.update({ where: { id: kirimId }, data: { status: "TERKIRIM", siasnId: hasil.siasnId, terkirimUntuk: row.finalizedAt, pesan: null } });
    return { status: "TERKIRIM", dilewati: false, pesan: null, sebab: null };
  }
  await tx.kirimSiasnPercobaan.create({ data: { ...dasar, berhasil: false, pesan: hasil.pesan } });
  await tx.kirimSiasn.update({ where: { id: kirimId }, data: { status: "GAGAL", pesan: hasil.pesan } });
  return { status: "GAGAL", dilewati: false, pesan: hasil.pesan, sebab: hasil.sebab };
}
