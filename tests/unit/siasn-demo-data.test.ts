import { describe, expect, it } from "vitest";
import { isSiasnRecord } from "@/lib/domain/siasn/fields";
import { diffProfile } from "@/lib/domain/siasn/diff-profil";
import { mapDataUtama } from "@/lib/domain/siasn/profil";
import { deriveAtasanPnsId, mapRefUnor, unorSubtree, type SiasnUnor } from "@/lib/domain/siasn/unor";
import { BANDUNG } from "@/prisma/seed/data/bandung";
import { GARUT } from "@/prisma/seed/data/garut";
import type { SeedInstansi, SeedPegawai } from "@/prisma/seed/data/types";
import { demoEmail } from "@/prisma/seed/demo-accounts";
import { buildSiasnDemoData, siasnPnsId, siasnUnorId, SIASN_PROMOSI } from "@/prisma/seed/siasn-demo-data";

// The fake SIASN must tell the same story as the seeded database, or the demo sync would
// propose nonsense. These tests hold the two together.
const data = buildSiasnDemoData();
const unors = data.refUnor.map(mapRefUnor).filter((u): u is SiasnUnor => u !== null);
const INSTANSI = [BANDUNG, GARUT];

function profilDiSeed(p: SeedPegawai, instansi: SeedInstansi) {
  return {
    nama: p.nama,
    gelarDepan: p.gelarDepan ?? null,
    gelarBelakang: p.gelarBelakang ?? null,
    email: demoEmail(p, instansi),
    noHp: null,
    jenisPegawai: p.pppk ? ("PPPK" as const) : ("PNS" as const),
    jenisJabatan: p.jenisJabatan,
    jabatan: p.jabatan,
    eselon: p.eselon ?? null,
    jenjangFungsional: p.jenjangFungsional ?? null,
    pangkat: p.pangkat ?? null,
    golongan: p.golongan,
  };
}

describe("demo SIASN data", () => {
  it("knows every seeded pegawai by NIP and no one else", () => {
    const nips = INSTANSI.flatMap((i) => i.pegawai.map((p) => p.nip));
    expect(Object.keys(data.pns).sort()).toEqual([...nips].sort());
  });

  it("agrees with the seed on every field except the demo staff's new jabatan", () => {
    for (const instansi of INSTANSI) {
      for (const p of instansi.pegawai) {
        const raw = data.pns[p.nip]?.dataUtama;
        expect(isSiasnRecord(raw)).toBe(true);
        const changes = diffProfile(profilDiSeed(p, instansi), mapDataUtama(raw!));
        const promoted = instansi === SIASN_PROMOSI.instansi && p.key === SIASN_PROMOSI.pegawaiKey;
        expect(changes, p.key).toEqual(
          promoted ? [{ field: "jabatan", label: "Jabatan", lama: p.jabatan, baru: SIASN_PROMOSI.jabatanBaru }] : [],
        );
      }
    }
  });

  it("mirrors each instansi's unit tree with its pimpinan", () => {
    for (const instansi of INSTANSI) {
      const root = instansi.units.find((u) => u.parentKey === null)!;
      const tree = unorSubtree(unors, siasnUnorId(instansi.kode, root.key));
      expect(tree.map((u) => u.nama).sort()).toEqual(instansi.units.map((u) => u.nama).sort());
      for (const unit of instansi.units) {
        const siasn = tree.find((u) => u.id === siasnUnorId(instansi.kode, unit.key));
        const pimpinan = instansi.pegawai.find((p) => p.memimpin && p.unitKey === unit.key);
        expect(siasn).toMatchObject({
          parentId: unit.parentKey ? siasnUnorId(instansi.kode, unit.parentKey) : null,
          eselon: unit.eselon,
          namaJabatan: unit.namaJabatan,
          pimpinanPnsId: pimpinan ? siasnPnsId(pimpinan.nip) : null,
        });
      }
    }
  });

  it("yields the seed's atasan for every pegawai when derived from the SIASN tree", () => {
    for (const instansi of INSTANSI) {
      const pimpinanOf = (unitKey: string | null | undefined) =>
        instansi.pegawai.find((p) => p.memimpin && p.unitKey === unitKey);
      for (const p of instansi.pegawai) {
        const parentKey = instansi.units.find((u) => u.key === p.unitKey)?.parentKey;
        const expected = p.memimpin ? pimpinanOf(parentKey) : pimpinanOf(p.unitKey);
        const profil = mapDataUtama(data.pns[p.nip]!.dataUtama);
        const atasan = deriveAtasanPnsId(unors, { unorId: profil.unorId!, pnsId: profil.siasnId! });
        expect(atasan, p.key).toBe(expected ? siasnPnsId(expected.nip) : null);
      }
    }
  });

  it("keeps the promotion in the staff's jabatan history, newest first", () => {
    const staff = BANDUNG.pegawai.find((p) => p.key === SIASN_PROMOSI.pegawaiKey)!;
    const riwayat = data.pns[staff.nip]!.rwJabatan.map((r) => r.namaJabatan);
    expect(riwayat).toEqual([SIASN_PROMOSI.jabatanBaru, staff.jabatan]);
  });
});
