"use server";

import { revalidatePath } from "next/cache";
import { deriveAtasan } from "@/lib/domain/atasan";
import { DomainError, NotFoundError, StaleVersionError } from "@/lib/domain/errors";
import { pangkatUntuk, parseGolongan } from "@/lib/domain/pangkat-golongan";
import { editProfilSchema, kontakSchema, type EditProfilInput, type KontakInput } from "@/lib/schemas/profil";
import type { JenisPegawai } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import { defineAction } from "@/lib/server/define-action";
import { loadAtasanInputs } from "@/lib/server/queries/profil";
import { writeAudit } from "@/lib/server/audit";

type Perubahan = Record<string, { lama: string | null; baru: string | null }>;

const updateKontakAction = defineAction({ schema: kontakSchema }, async ({ input, actor, tx }) => {
  const lama = await tx.pegawai.findFirst({ where: { id: actor.id, instansiId: actor.instansiId }, select: { email: true, noHp: true } });
  if (!lama) throw new NotFoundError("Data pegawai Anda tidak ditemukan.");
  const baru = { email: input.email || null, noHp: input.noHp || null };
  const perubahan = changes(lama, baru);
  if (Object.keys(perubahan).length === 0) return { berubah: false };

  await saveVersioned(tx, actor, input.version, baru);
  await audit(tx, actor, "UBAH_KONTAK", perubahan);
  return { berubah: true };
});

/** Email and nomor HP: the only profile fields a pegawai edits freely; SIASN never blanks them. */
export async function updateKontak(input: KontakInput) {
  const result = await updateKontakAction(input);
  if (result.ok) revalidatePath("/profil");
  return result;
}

const updateProfilAction = defineAction({ schema: editProfilSchema }, async ({ input, actor, tx }) => {
  const lama = await tx.pegawai.findFirst({
    where: { id: actor.id, instansiId: actor.instansiId },
    select: { jenisPegawai: true, unitId: true, jabatan: true, pangkat: true, golongan: true, atasanId: true, memimpin: { select: { id: true } } },
  });
  if (!lama) throw new NotFoundError("Data pegawai Anda tidak ditemukan.");

  const { units, pelaksanaTugas } = await loadAtasanInputs(tx, actor.instansiId);
  const unit = units.find((u) => u.id === input.unitId);
  if (!unit) throw new DomainError("Unit kerja tidak ditemukan di instansi Anda.", "unitId");
  if (unit.id !== lama.unitId) {
    if (!unit.aktif) throw new DomainError(`Unit ${unit.path} sudah tidak aktif.`, "unitId");
    // The head of a bidang sits in the bidang itself; everyone else in the smallest unit.
    if (!unit.terkecil && unit.id !== lama.memimpin?.id) {
      throw new DomainError("Pilih unit kerja terkecil, tempat Anda bekerja sehari-hari (misalnya subbidang, bukan bidang).", "unitId");
    }
  }
  const pangkat = pangkatFor(lama.jenisPegawai, input.golongan);

  const pathOf = (id: string | null) => units.find((u) => u.id === id)?.path ?? null;
  const perubahan = changes(
    { unit: pathOf(lama.unitId), jabatan: lama.jabatan, pangkat: lama.pangkat, golongan: lama.golongan },
    { unit: unit.path, jabatan: input.jabatan, pangkat, golongan: input.golongan },
  );
  const derived = deriveAtasan({ id: actor.id, unitId: unit.id }, units, pelaksanaTugas, new Date());
  const atasanBerbeda = derived.atasanId !== null && derived.atasanId !== lama.atasanId;
  if (Object.keys(perubahan).length === 0) return { berubah: false, atasanBerbeda };

  await saveVersioned(tx, actor, input.version, { unitId: unit.id, jabatan: input.jabatan, pangkat, golongan: input.golongan });
  await audit(tx, actor, "UBAH_PROFIL", perubahan);
  // The atasan is never switched here: a new unit only raises the mismatch warning on Profil.
  return { berubah: true, atasanBerbeda };
});

/** "Edit Profil": unit kerja terkecil, jabatan and pangkat/golongan of the signed-in pegawai. */
export async function updateProfil(input: EditProfilInput) {
  const result = await updateProfilAction(input);
  if (result.ok) revalidatePath("/profil");
  return result;
}

function pangkatFor(jenisPegawai: JenisPegawai, golongan: string): string | null {
  if (parseGolongan(golongan, jenisPegawai) !== golongan) {
    throw new DomainError(jenisPegawai === "PPPK" ? "Pilih golongan PPPK (I–XVII)." : "Pilih pangkat/golongan PNS yang tersedia.", "golongan");
  }
  return pangkatUntuk(golongan, jenisPegawai);
}

async function saveVersioned(tx: Tx, actor: { id: string; instansiId: string }, version: number, data: Record<string, string | null>) {
  const updated = await tx.pegawai.updateMany({
    where: { id: actor.id, instansiId: actor.instansiId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new StaleVersionError();
}

async function audit(tx: Tx, actor: { id: string; instansiId: string }, aksi: string, perubahan: Perubahan) {
  await writeAudit(tx, actor, { aksi, entitas: "Pegawai", entitasId: actor.id, data: perubahan });
}

function changes(lama: Record<string, string | null>, baru: Record<string, string | null>): Perubahan {
  return Object.fromEntries(
    Object.keys(baru)
      .filter((key) => (lama[key] ?? null) !== (baru[key] ?? null))
      .map((key) => [key, { lama: lama[key] ?? null, baru: baru[key] ?? null }]),
  );
}
