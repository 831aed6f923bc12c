import "server-only";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffProfile, formatNilaiProfil, type FieldProfil, type NilaiProfil } from "@/lib/domain/siasn/diff-profil";
import { SiasnError } from "@/lib/domain/siasn/errors";
import type { SiasnProfil } from "@/lib/domain/siasn/profil";
import type { Tx } from "@/lib/server/db";
import { loadUnitTree, type UnitTreeNode } from "@/lib/server/queries/profil";
import type { SiasnClient } from "./client";
import { writeAudit } from "@/lib/server/audit";

/**
 * Sync of one pegawai's profile with SIASN, in two steps so a person (or the admin's bulk sync)
 * sees what would change before anything is written:
 *   1. `compareProfilWithSiasn` fetches data-utama and lists the differences, remembering the
 *      pegawai's `version` at that moment;
 *   2. `applySiasnChanges` writes the chosen fields only if the pegawai was not edited since.
 * The SIASN call happens outside any transaction: it may take seconds and must not hold one.
 */

export type FieldSinkron = FieldProfil | "unitId";

export type BarisSinkron = {
  field: FieldSinkron;
  label: string;
  lama: NilaiProfil;
  baru: NilaiProfil;
  lamaTampil: string;
  baruTampil: string;
};

export type PerbandinganSiasn = {
  pegawaiId: string;
  instansiId: string;
  nip: string;
  /** `Pegawai.version` when the comparison was made; apply refuses if it moved. */
  version: number;
  siasnId: string | null;
  perubahan: BarisSinkron[];
  /** The SIASN unit was found by name because no unit has its SIASN id yet. */
  unitCocokLewatNama: boolean;
};

export type HasilSinkron = { sinkronId: string; diterapkan: BarisSinkron[] };

export const PESAN_PROFIL_BERUBAH =
  "Profil Anda diubah sejak perbandingan dengan SIASN dibuat, jadi tidak ada yang diterapkan. Jalankan Sinkron SIASN lagi untuk melihat perbandingan terbaru.";

/**
 * Fetches SIASN's data-utama for the pegawai and compares it with the app. Throws SiasnError
 * for every failure, including "not_found" for an unknown NIP and "unit_inactive" when the
 * SIASN unit is missing from or inactive in the instansi's unit tree.
 */
export async function compareProfilWithSiasn(client: Tx, pegawaiId: string, siasn: SiasnClient): Promise<PerbandinganSiasn> {
  const pegawai = await client.pegawai.findUnique({ where: { id: pegawaiId }, select: PEGAWAI_SELECT });
  if (!pegawai) throw new NotFoundError("Data pegawai tidak ditemukan.");

  const profil = await siasn.getDataUtama(pegawai.nip);
  if (!profil) throw new SiasnError("not_found", `data-utama ${pegawai.nip}: code 0`);

  const units = await loadUnitTree(client, pegawai.instansiId);
  const unit = matchUnit(units, profil);
  const perubahan: BarisSinkron[] = diffProfile(pegawai, profil).map((row) => ({
    ...row,
    lamaTampil: formatNilaiProfil(row.field, row.lama),
    baruTampil: formatNilaiProfil(row.field, row.baru),
  }));
  if (unit.node && unit.node.id !== pegawai.unitId) {
    const lama = units.find((u) => u.id === pegawai.unitId);
    perubahan.push({
      field: "unitId",
      label: "Unit kerja",
      lama: pegawai.unitId,
      baru: unit.node.id,
      lamaTampil: lama?.path ?? "—",
      baruTampil: unit.node.path,
    });
  }

  return {
    pegawaiId,
    instansiId: pegawai.instansiId,
    nip: pegawai.nip,
    version: pegawai.version,
    siasnId: profil.siasnId,
    perubahan,
    unitCocokLewatNama: unit.byName,
  };
}

/**
 * Applies the chosen rows of a comparison, records a successful SinkronSiasn row and an audit
 * entry, and sets lastSyncAt. With nothing to change it only records that the sync happened.
 * Throws DomainError when a chosen field is not in the comparison or the pegawai was edited
 * after the comparison was made: a field someone just edited is never overwritten unseen.
 */
export async function applySiasnChanges(
  tx: Tx,
  perbandingan: PerbandinganSiasn,
  fields: readonly FieldSinkron[],
  actorId: string | null,
): Promise<HasilSinkron> {
  const chosen = new Set(fields);
  const unknown = [...chosen].filter((f) => !perbandingan.perubahan.some((row) => row.field === f));
  if (unknown.length > 0) throw new DomainError("Data yang dipilih tidak ada dalam perbandingan terbaru. Jalankan Sinkron SIASN lagi.");
  if (chosen.size === 0 && perbandingan.perubahan.length > 0) throw new DomainError("Pilih minimal satu data yang akan diterapkan.");

  const diterapkan = perbandingan.perubahan.filter((row) => chosen.has(row.field));
  const now = new Date();
  const data: Prisma.PegawaiUncheckedUpdateManyInput = { lastSyncAt: now };
  if (perbandingan.siasnId) data.siasnId = perbandingan.siasnId;
  for (const row of diterapkan) Object.assign(data, { [row.field]: row.baru });
  // A sync that changed nothing must not make an open edit form stale.
  if (diterapkan.length > 0) data.version = { increment: 1 };

  const updated = await tx.pegawai.updateMany({
    where: { id: perbandingan.pegawaiId, instansiId: perbandingan.instansiId, version: perbandingan.version },
    data,
  });
  if (updated.count === 0) throw new DomainError(PESAN_PROFIL_BERUBAH);

  const perubahan = Object.fromEntries(diterapkan.map((row) => [row.field, { lama: row.lamaTampil, baru: row.baruTampil }]));
  const sinkron = await tx.sinkronSiasn.create({
    data: {
      pegawaiId: perbandingan.pegawaiId,
      aktorId: actorId,
      berhasil: true,
      perubahan,
      pesan: diterapkan.length > 0 ? `${diterapkan.length} data diperbarui dari SIASN.` : "Data sudah sama dengan SIASN.",
    },
    select: { id: true },
  });
  if (diterapkan.length > 0) {
    await writeAudit(tx, actorId ? { id: actorId, instansiId: perbandingan.instansiId } : null, {
      instansiId: perbandingan.instansiId,
      aksi: "SINKRON_SIASN",
      entitas: "Pegawai",
      entitasId: perbandingan.pegawaiId,
      data: perubahan,
    });
  }
  return { sinkronId: sinkron.id, diterapkan };
}

/** A failed sync is history too: the pegawai and the admin see what went wrong and when. */
export async function recordSinkronGagal(
  client: Tx,
  input: { pegawaiId: string; actorId: string | null; pesan: string },
): Promise<void> {
  await client.sinkronSiasn.create({
    data: { pegawaiId: input.pegawaiId, aktorId: input.actorId, berhasil: false, pesan: input.pesan },
  });
}

const PEGAWAI_SELECT = {
  instansiId: true,
  nip: true,
  unitId: true,
  version: true,
  nama: true,
  gelarDepan: true,
  gelarBelakang: true,
  email: true,
  noHp: true,
  jenisPegawai: true,
  jenisJabatan: true,
  jabatan: true,
  eselon: true,
  jenjangFungsional: true,
  pangkat: true,
  golongan: true,
} as const;

/**
 * SIASN's unor → our unit: by `siasnId`, else by name within the instansi (units created by
 * hand or by the seed have no SIASN id until the admin syncs the unit tree). A unit that is
 * missing or inactive here means SIASN places the pegawai in a unit we no longer have.
 */
function matchUnit(units: UnitTreeNode[], profil: SiasnProfil): { node: UnitTreeNode | null; byName: boolean } {
  if (!profil.unorId) return { node: null, byName: false };
  const bySiasnId = units.find((u) => u.siasnId === profil.unorId);
  const nama = profil.unorNama?.toLowerCase();
  const byName = bySiasnId ? undefined : units.filter((u) => u.siasnId === null && u.nama.toLowerCase() === nama);
  const node = bySiasnId ?? (byName?.length === 1 ? byName[0] : undefined);
  if (!node || !node.aktif) {
    throw new SiasnError("unit_inactive", `unor ${profil.unorId} (${profil.unorNama ?? "tanpa nama"}) tidak ada atau tidak aktif`);
  }
  return { node, byName: !bySiasnId };
}
