import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { DomainError } from "@/lib/domain/errors";
import { bacaTabel } from "@/lib/domain/impor-kolom";
import { nipDalamBerkas, validasiImpor, type MasalahImpor, type PegawaiImpor } from "@/lib/domain/impor-pegawai";
import { Prisma } from "@/lib/generated/prisma/client";
import { IMPOR_MAKS_BARIS } from "@/lib/schemas/impor";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/autentikasi/password";
import { writeAudit } from "@/lib/server/audit";

/** What the dry run tells the admin. `masalah` lists every bad row; the import needs it empty. */
export type LaporanImpor = {
  namaBerkas: string;
  jumlahBaris: number;
  jumlahValid: number;
  masalah: MasalahImpor[];
  /** The first rows as they will be saved, so the admin can see the columns were read right. */
  contoh: { baris: number; nip: string; nama: string; jabatan: string; unitKerja: string }[];
};

export type HasilImpor = { laporan: LaporanImpor; diimpor: number };

const CONTOH = 10;

/** The dry run: reads and checks every row against the admin's instansi; writes nothing. */
export async function periksaImporPegawai(tx: Tx, actor: Actor, namaBerkas: string, tabel: string[][]): Promise<LaporanImpor> {
  const { laporan } = await validasi(tx, actor, namaBerkas, tabel);
  return laporan;
}

/**
 * Validates again (the file may have changed, or someone registered a NIP meanwhile) and, only
 * when every row is good, writes them all in the caller's transaction. Imported accounts get a
 * hash of a random secret nobody knows: they sign in only after "Lupa kata sandi".
 */
export async function terapkanImporPegawai(tx: Tx, actor: Actor, namaBerkas: string, tabel: string[][]): Promise<HasilImpor> {
  // Two admins importing overlapping files must not both pass validation.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`impor-pegawai:${actor.instansiId}`}))`;
  const { laporan, pegawai } = await validasi(tx, actor, namaBerkas, tabel);
  if (laporan.masalah.length > 0 || pegawai.length === 0) return { laporan, diimpor: 0 };

  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const idByNip = new Map(pegawai.map((p) => [p.nip, randomUUID()]));
  try {
    await tx.pegawai.createMany({
      data: pegawai.map((p) => ({
        id: idByNip.get(p.nip),
        instansiId: actor.instansiId,
        nip: p.nip,
        nama: p.nama,
        gelarDepan: p.gelarDepan,
        gelarBelakang: p.gelarBelakang,
        email: p.email,
        noHp: p.noHp,
        jenisPegawai: p.jenisPegawai,
        jenisJabatan: p.jenisJabatan,
        jabatan: p.jabatan,
        eselon: p.eselon,
        jenjangFungsional: p.jenjangFungsional,
        pangkat: p.pangkat,
        golongan: p.golongan,
        unitId: p.unitId,
        atasanId: p.atasanId,
        passwordHash,
      })),
    });
    // Atasan inside the file are linked after every row exists; one statement per atasan.
    for (const [atasanId, bawahanIds] of atasanDalamBerkas(pegawai, idByNip)) {
      await tx.pegawai.updateMany({ where: { id: { in: bawahanIds }, instansiId: actor.instansiId }, data: { atasanId } });
    }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("Sebagian NIP baru saja didaftarkan di tempat lain. Tidak ada data yang disimpan; periksa ulang berkas.");
    }
    throw error;
  }

  await writeAudit(tx, actor, {
    aksi: "IMPOR_PEGAWAI",
    entitas: "Pegawai",
    entitasId: null,
    data: { namaBerkas, jumlah: pegawai.length },
  });
  return { laporan, diimpor: pegawai.length };
}

async function validasi(tx: Tx, actor: Actor, namaBerkas: string, tabel: string[][]) {
  const baca = bacaTabel(tabel);
  if (!baca.ok) throw new DomainError(baca.pesan, "berkas");
  if (baca.baris.length === 0) throw new DomainError("Berkas hanya berisi judul kolom; belum ada baris data pegawai.", "berkas");
  if (baca.baris.length > IMPOR_MAKS_BARIS) {
    throw new DomainError(
      `Berkas berisi ${baca.baris.length} baris; paling banyak ${IMPOR_MAKS_BARIS} baris per impor. Bagi menjadi beberapa berkas.`,
      "berkas",
    );
  }

  const { nip, nipAtasan } = nipDalamBerkas(baca.baris);
  // Sequential: a transaction runs on one connection.
  const units = await tx.unitKerja.findMany({
    where: { instansiId: actor.instansiId },
    select: { id: true, nama: true, parentId: true, aktif: true },
  });
  const terdaftar = await tx.pegawai.findMany({ where: { nip: { in: nip } }, select: { nip: true } });
  const atasan = await tx.pegawai.findMany({
    where: { nip: { in: nipAtasan }, instansiId: actor.instansiId, aktif: true },
    select: { id: true, nip: true },
  });

  const { pegawai, masalah } = validasiImpor(baca.baris, {
    units,
    nipTerdaftar: new Set(terdaftar.map((p) => p.nip)),
    atasanTerdaftar: new Map(atasan.map((p) => [p.nip, p.id])),
  });
  const namaUnit = new Map(units.map((u) => [u.id, u.nama]));
  const laporan: LaporanImpor = {
    namaBerkas,
    jumlahBaris: baca.baris.length,
    jumlahValid: pegawai.length,
    masalah,
    contoh: pegawai.slice(0, CONTOH).map((p) => ({
      baris: p.baris,
      nip: p.nip,
      nama: p.nama,
      jabatan: p.jabatan,
      unitKerja: namaUnit.get(p.unitId) ?? "",
    })),
  };
  return { laporan, pegawai };
}

function atasanDalamBerkas(pegawai: PegawaiImpor[], idByNip: Map<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of pegawai) {
    const atasanId = p.nipAtasanDalamBerkas ? idByNip.get(p.nipAtasanDalamBerkas) : undefined;
    const id = idByNip.get(p.nip);
    if (!atasanId || !id) continue;
    groups.set(atasanId, [...(groups.get(atasanId) ?? []), id]);
  }
  return groups;
}
