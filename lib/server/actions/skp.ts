"use server";

import { revalidatePath } from "next/cache";
import { DomainError, ForbiddenError, NotFoundError, StaleVersionError } from "@/lib/domain/errors";
import { canTransitionSkp } from "@/lib/domain/permissions";
import { masalahPeriodeBaru } from "@/lib/domain/skp-periode";
import { planSalinRhk } from "@/lib/domain/skp-salin";
import { layoutFor, validateSkpForAjukan } from "@/lib/domain/skp-layout";
import { nextSkpStatus } from "@/lib/domain/transitions";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { skpCreateSchema, skpRefSchema, type SkpCreateInput, type SkpRefInput } from "@/lib/schemas/skp";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import { defineAction } from "@/lib/server/define-action";
import { effectivePenilaiOf, getEffectivePenilai } from "@/lib/server/queries/admin-pelaksana-tugas";
import { buildSkpSnapshot } from "@/lib/server/skp/snapshot";
import { catatNotifikasi } from "@/lib/server/notifikasi/catat";
import { GELAR_SELECT, namaLengkap } from "@/lib/server/queries/pegawai";
import { pesanSkpDiajukan } from "@/lib/domain/notifikasi-pesan";

const createSkpAction = defineAction({ schema: skpCreateSchema }, async ({ input, actor, tx }) => {
  const periodeAwal = fromIsoDate(input.periodeAwal);
  const periodeAkhir = fromIsoDate(input.periodeAkhir);
  const tahunAngka = periodeAwal.getUTCFullYear();

  // Two tabs pressing "Simpan" together must not both pass the overlap check.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`skp-create:${actor.id}`}))`;

  // Sequential: a transaction runs on one connection, which takes one query at a time.
  const pegawai = await tx.pegawai.findUniqueOrThrow({
    where: { id: actor.id },
    select: { jenisJabatan: true, eselon: true, atasanId: true },
  });
  const tahun = await tx.tahun.findUnique({ where: { instansiId_tahun: { instansiId: actor.instansiId, tahun: tahunAngka } } });
  const yangAda = await tx.skp.findMany({ where: { pegawaiId: actor.id }, select: { periodeAwal: true, periodeAkhir: true } });
  if (!tahun) throw new DomainError(`Tahun ${tahunAngka} belum dibuka oleh admin instansi.`, "periodeAwal");
  if (!tahun.terbuka) throw new DomainError(`Tahun ${tahunAngka} sudah ditutup oleh admin instansi.`, "periodeAwal");
  const bentrok = masalahPeriodeBaru({ periodeAwal, periodeAkhir }, yangAda);
  if (bentrok) throw new DomainError(bentrok, "periodeAwal");

  const layout = layoutFor(pegawai.jenisJabatan, pegawai.eselon, input.pendekatan);
  const penilaiId = (await getEffectivePenilai(tx, actor.id, hariIniDi(actor.zonaWaktu, new Date())))?.penilaiId ?? pegawai.atasanId;
  const skp = await tx.skp.create({
    data: {
      pegawaiId: actor.id,
      tahunId: tahun.id,
      periodeAwal,
      periodeAkhir,
      pendekatan: input.pendekatan,
      layout,
      penilaiId,
      snapshot: await buildSkpSnapshot(tx, actor.id, penilaiId),
    },
    select: { id: true },
  });
  await tx.riwayatStatus.create({ data: { entitas: "SKP", entitasId: skp.id, dari: null, ke: "DRAFT", aktorId: actor.id } });

  const perluIntervensiBaru = input.salinDariSkpId
    ? await copyRhkForward(tx, { actorId: actor.id, dariSkpId: input.salinDariSkpId, keSkpId: skp.id, tahunId: tahun.id, layout, atasanId: pegawai.atasanId })
    : [];
  return { id: skp.id, perluIntervensiBaru };
});

export async function createSkp(input: SkpCreateInput) {
  const result = await createSkpAction(input);
  if (result.ok) revalidatePath("/skp");
  return result;
}

// Deadline day's hottest write: reads, then one statement that both moves the SKP and records
// the riwayat, guarded by the version the user read. It runs in a transaction because the
// penilai's notification must exist exactly when the SKP was submitted.
const ajukanSkpAction = defineAction({ schema: skpRefSchema }, async ({ input, actor, tx }) => {
  const skp = await tx.skp.findFirst({
    where: { id: input.skpId, pegawaiId: actor.id },
    select: {
      id: true,
      status: true,
      layout: true,
      pegawaiId: true,
      penilaiId: true,
      tahunId: true,
      tahun: { select: { tahun: true } },
      pegawai: { select: { id: true, instansiId: true, unitId: true, atasanId: true, ...GELAR_SELECT } },
      rhk: {
        orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
        select: {
          teks: true,
          jenis: true,
          parentRhkId: true,
          parentRhk: { select: { skp: { select: { pegawaiId: true, tahunId: true } } } },
          indikator: { orderBy: { urutan: "asc" } },
        },
      },
    },
  });
  if (!skp) throw new NotFoundError("SKP tidak ditemukan.");
  const ref = { ...skp, instansiId: skp.pegawai.instansiId };
  if (!canTransitionSkp(actor, ref, "ajukan")) {
    nextSkpStatus(skp.status, "ajukan");
    throw new ForbiddenError();
  }

  const atasanId = skp.pegawai.atasanId;
  const problems: string[] = [];
  if (!atasanId) {
    problems.push("Atasan (pejabat penilai) Anda belum diatur. Minta admin instansi mengatur atasan Anda terlebih dahulu.");
  }
  problems.push(
    ...validateSkpForAjukan(
      skp.rhk.map((r) => ({
        ...r,
        indikator: r.indikator.map((i) => ({ ...i, targetMin: i.targetMin?.toString() ?? null, targetMax: i.targetMax?.toString() ?? null })),
      })),
      skp.layout,
    ),
  );
  for (const r of skp.rhk) {
    const milikAtasan = r.parentRhk?.skp.pegawaiId === atasanId && r.parentRhk?.skp.tahunId === skp.tahunId;
    if (r.parentRhkId && atasanId && !milikAtasan) {
      problems.push(`RHK "${r.teks}" mengintervensi RHK yang bukan milik atasan Anda saat ini; pilih ulang RHK atasan yang diintervensi.`);
    }
  }
  if (problems.length > 0) throw new DomainError(`SKP belum dapat diajukan:\n${problems.map((p) => `• ${p}`).join("\n")}`);

  // A PLT/PLH standing in for the atasan today is the one who approves.
  const { penilaiId } = await effectivePenilaiOf(tx, skp.pegawai, hariIniDi(actor.zonaWaktu, new Date()));
  const snapshot = await buildSkpSnapshot(tx, actor.id, penilaiId);
  const [diajukan] = await tx.$queryRaw<Array<{ version: number }>>`
    WITH skp AS (
      UPDATE "Skp"
      SET status = 'PENGAJUAN', "penilaiId" = ${penilaiId}::uuid, snapshot = ${JSON.stringify(snapshot)}::jsonb,
          version = version + 1, "updatedAt" = (now() AT TIME ZONE 'UTC')
      WHERE id = ${skp.id}::uuid AND version = ${input.version} AND status = ${skp.status}::"StatusSkp"
      RETURNING id, version
    )
    INSERT INTO "RiwayatStatus" (id, entitas, "entitasId", dari, ke, "aktorId", "createdAt")
    SELECT gen_random_uuid(), 'SKP', skp.id, ${skp.status}, 'PENGAJUAN', ${actor.id}::uuid, (now() AT TIME ZONE 'UTC') FROM skp
    RETURNING (SELECT version FROM skp)`;
  if (!diajukan) throw new StaleVersionError();
  if (penilaiId) {
    const pesan = pesanSkpDiajukan({ skpId: skp.id, tahun: skp.tahun.tahun, namaPegawai: namaLengkap(skp.pegawai) });
    await catatNotifikasi(tx, [{ penerimaId: penilaiId, ...pesan }]);
  }
  return { id: skp.id, version: diajukan.version };
});

export async function ajukanSkp(input: SkpRefInput) {
  const result = await ajukanSkpAction(input);
  if (result.ok) {
    revalidatePath("/skp");
    revalidatePath(`/skp/${result.data.id}`);
  }
  return result;
}

type SalinContext = {
  actorId: string;
  dariSkpId: string;
  keSkpId: string;
  tahunId: string;
  layout: LayoutSkp;
  atasanId: string | null;
};

/** Copies RHK, indikator and lampiran from the actor's own earlier SKP; returns RHK to re-link. */
async function copyRhkForward(tx: Tx, c: SalinContext): Promise<string[]> {
  const sumber = await tx.skp.findFirst({
    where: { id: c.dariSkpId, pegawaiId: c.actorId },
    select: {
      rhk: {
        orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
        select: {
          id: true,
          jenis: true,
          klasifikasi: true,
          teks: true,
          parentRhkId: true,
          penugasanDari: true,
          urutan: true,
          indikator: {
            orderBy: { urutan: "asc" },
            select: { aspek: true, teks: true, targetMin: true, targetMax: true, satuan: true, targetNarasi: true, perspektif: true, urutan: true },
          },
        },
      },
      lampiran: { orderBy: { urutan: "asc" }, select: { jenis: true, teks: true, urutan: true } },
    },
  });
  if (!sumber) throw new DomainError("SKP yang akan disalin tidak ditemukan.", "salinDariSkpId");

  const rhkAtasan = c.atasanId
    ? await tx.rhk.findMany({ where: { skp: { pegawaiId: c.atasanId, tahunId: c.tahunId } }, select: { id: true } })
    : [];
  const { salinan, perluIntervensiBaru } = planSalinRhk(sumber.rhk, new Set(rhkAtasan.map((r) => r.id)), c.layout);
  for (const rhk of salinan) {
    await tx.rhk.create({
      data: {
        skpId: c.keSkpId,
        jenis: rhk.jenis,
        klasifikasi: c.layout === "JPT" ? rhk.klasifikasi : null,
        teks: rhk.teks,
        parentRhkId: rhk.parentRhkId,
        penugasanDari: rhk.penugasanDari,
        urutan: rhk.urutan,
        indikator: { createMany: { data: rhk.indikator } },
      },
    });
  }
  if (sumber.lampiran.length > 0) {
    await tx.lampiranItem.createMany({ data: sumber.lampiran.map((l) => ({ ...l, skpId: c.keSkpId })) });
  }
  return perluIntervensiBaru;
}
