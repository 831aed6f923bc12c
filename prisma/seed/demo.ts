import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { liburNasional } from "@/lib/domain/libur-nasional";
import { fromIsoDate } from "@/lib/domain/tanggal";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BANDUNG } from "./data/bandung";
import { GARUT } from "./data/garut";
import type { SeedInstansi } from "./data/types";
import { DEMO_PASSWORD, demoEmail } from "./demo-accounts";
import { seedDemoAngkaKredit } from "./demo-angka-kredit";
import { periodePenilaian } from "./demo-periode";
import { seedDemoSkp } from "./demo-skp";
import { seedDemoTim } from "./demo-tim";
import { siasnPnsId, siasnUnorId } from "./siasn-demo-data";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Seeds the demo instansi (and a small second one) when the database has no instansi yet, so
 * running it on every start is safe and never touches real data.
 */
export async function seedDemo(db: PrismaClient): Promise<{ seeded: boolean }> {
  if ((await db.instansi.count()) > 0) return { seeded: false };

  // @node-rs/argon2 hashes with argon2id by default. One hash for every account keeps the seed
  // fast; each account still verifies on its own.
  const passwordHash = await hash(DEMO_PASSWORD);
  const tahun = new Date().getUTCFullYear();

  await db.$transaction(async (tx) => {
    for (const instansi of [BANDUNG, GARUT]) {
      await seedInstansi(tx, instansi, passwordHash, tahun);
    }
  });
  return { seeded: true };
}

async function seedInstansi(tx: Tx, data: SeedInstansi, passwordHash: string, tahun: number) {
  const instansi = await tx.instansi.create({
    data: { kode: data.kode, nama: data.nama, lokasi: data.lokasi },
    select: { id: true },
  });
  const instansiId = instansi.id;

  // Ids are made here so units, pegawai and atasan can reference each other in bulk inserts.
  const unitId = new Map(data.units.map((u) => [u.key, randomUUID()]));
  const pegawaiId = new Map(data.pegawai.map((p) => [p.key, randomUUID()]));
  const pimpinan = new Map(data.pegawai.filter((p) => p.memimpin).map((p) => [p.unitKey, p.key]));
  const parent = new Map(data.units.map((u) => [u.key, u.parentKey]));

  await tx.unitKerja.createMany({
    data: data.units.map((u) => ({
      id: must(unitId, u.key),
      instansiId,
      parentId: u.parentKey ? must(unitId, u.parentKey) : null,
      nama: u.nama,
      namaJabatan: u.namaJabatan,
      eselon: u.eselon,
      siasnId: siasnUnorId(data.kode, u.key),
    })),
  });

  // The rule from the domain notes: the pimpinan of one's unit, or of the parent unit for
  // the pimpinan themself. The head of the root unit has no atasan inside the instansi.
  const atasanKey = new Map(
    data.pegawai.map((p) => {
      const atasanUnit = p.memimpin ? parent.get(p.unitKey) : p.unitKey;
      return [p.key, atasanUnit ? pimpinan.get(atasanUnit) : undefined];
    }),
  );

  await tx.pegawai.createMany({
    data: data.pegawai.map((p) => {
      const atasan = atasanKey.get(p.key);
      return {
        id: must(pegawaiId, p.key),
        instansiId,
        nip: p.nip,
        nama: p.nama,
        gelarDepan: p.gelarDepan ?? null,
        gelarBelakang: p.gelarBelakang ?? null,
        email: demoEmail(p, data),
        jenisPegawai: p.pppk ? "PPPK" : "PNS",
        jenisJabatan: p.jenisJabatan,
        jabatan: p.jabatan,
        eselon: p.eselon ?? null,
        jenjangFungsional: p.jenjangFungsional ?? null,
        pangkat: p.pangkat ?? null,
        golongan: p.golongan,
        unitId: must(unitId, p.unitKey),
        atasanId: atasan ? must(pegawaiId, atasan) : null,
        roles: p.admin ? ["PEGAWAI", "ADMIN"] : ["PEGAWAI"],
        aktif: !p.nonaktif,
        passwordHash,
        siasnId: siasnPnsId(p.nip),
      };
    }),
  });

  for (const [unitKey, pegawaiKey] of pimpinan) {
    await tx.unitKerja.update({
      where: { id: must(unitId, unitKey) },
      data: { pimpinanId: must(pegawaiId, pegawaiKey) },
    });
  }

  const { id: tahunId } = await tx.tahun.create({ data: { instansiId, tahun, terbuka: true }, select: { id: true } });
  await tx.periodePenilaian.createMany({ data: periodePenilaian(tahun).map((p) => ({ ...p, tahunId })) });
  await seedDemoSkp(tx, data, { tahunId, tahun, pegawaiId, atasanKey });
  await seedDemoTim(tx, { instansiId, tahunId, pegawaiId });
  await seedDemoAngkaKredit(tx, data, { instansiId, tahun: tahun - 1, pegawaiId, atasanKey });
  // This year's and next year's national holidays, so Progres Harian knows the working days from
  // the start. Cuti bersama follow each year's SKB and are left to the admin (Hari Libur).
  await tx.hariLibur.createMany({
    data: [tahun, tahun + 1].flatMap((t) =>
      liburNasional(t).map((l) => ({ instansiId, tanggal: fromIsoDate(l.tanggal), nama: l.nama, jenis: "LIBUR_NASIONAL" as const })),
    ),
  });
}

function must<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Data seed rusak: kunci "${key}" tidak dikenal`);
  return value;
}
