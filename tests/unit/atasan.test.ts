import { describe, expect, it } from "vitest";
import {
  deriveAtasan,
  effectivePimpinan,
  mayKlaimPimpinan,
  type PelaksanaTugasRange,
  type UnitNode,
} from "@/lib/domain/atasan";
import { fromIsoDate } from "@/lib/domain/tanggal";

// Badan (kepala) → Bidang Mutasi (kabid) → Subbidang Data (kasubbid) ; Bidang Kosong (vacant)
// → Subbidang Arsip (vacant).
const units: UnitNode[] = [
  { id: "badan", nama: "Badan Kepegawaian", parentId: null, pimpinanId: "kepala" },
  { id: "mutasi", nama: "Bidang Mutasi", parentId: "badan", pimpinanId: "kabid" },
  { id: "data", nama: "Subbidang Data", parentId: "mutasi", pimpinanId: "kasubbid" },
  { id: "kosong", nama: "Bidang Kosong", parentId: "badan", pimpinanId: null },
  { id: "arsip", nama: "Subbidang Arsip", parentId: "kosong", pimpinanId: null },
];
const HARI = fromIsoDate("2026-05-15");

function pt(over: Partial<PelaksanaTugasRange>): PelaksanaTugasRange {
  return {
    unitId: "mutasi",
    pegawaiId: "plt",
    jenis: "PLT",
    mulai: fromIsoDate("2026-05-01"),
    selesai: fromIsoDate("2026-05-31"),
    ...over,
  };
}

describe("deriveAtasan", () => {
  it("gives a staff member the pimpinan of their unit", () => {
    expect(deriveAtasan({ id: "staf", unitId: "data" }, units, [], HARI)).toEqual({ atasanId: "kasubbid" });
  });

  it("gives a unit head the pimpinan of the parent unit", () => {
    expect(deriveAtasan({ id: "kasubbid", unitId: "data" }, units, [], HARI)).toEqual({ atasanId: "kabid" });
    expect(deriveAtasan({ id: "kabid", unitId: "mutasi" }, units, [], HARI)).toEqual({ atasanId: "kepala" });
  });

  it("starts from the unit a pimpinan leads even when their unitId is stale", () => {
    expect(deriveAtasan({ id: "kabid", unitId: "data" }, units, [], HARI)).toEqual({ atasanId: "kepala" });
  });

  it("uses a PLT standing in on that date", () => {
    expect(deriveAtasan({ id: "kasubbid", unitId: "data" }, units, [pt({})], HARI)).toEqual({ atasanId: "plt" });
  });

  it("ignores a PLT outside their range, with inclusive bounds", () => {
    const range = [pt({})];
    const staf = { id: "kasubbid", unitId: "data" };
    expect(deriveAtasan(staf, units, range, fromIsoDate("2026-04-30")).atasanId).toBe("kabid");
    expect(deriveAtasan(staf, units, range, fromIsoDate("2026-05-01")).atasanId).toBe("plt");
    expect(deriveAtasan(staf, units, range, fromIsoDate("2026-05-31")).atasanId).toBe("plt");
    expect(deriveAtasan(staf, units, range, fromIsoDate("2026-06-01")).atasanId).toBe("kabid");
  });

  it("treats a PLT pegawai leading their own unit as its head", () => {
    const plt = pt({ unitId: "data", pegawaiId: "staf" });
    expect(deriveAtasan({ id: "staf", unitId: "data" }, units, [plt], HARI)).toEqual({ atasanId: "kabid" });
  });

  it("skips a vacant unit upward and says who must act", () => {
    const r = deriveAtasan({ id: "staf", unitId: "arsip" }, units, [], HARI);
    expect(r.atasanId).toBe("kepala");
    expect(r.reason).toBe(
      'Unit "Subbidang Arsip", "Bidang Kosong" belum memiliki pimpinan, sehingga atasan diambil dari pimpinan Badan Kepegawaian. Pejabat struktural unit tersebut perlu mengklaim pimpinan unit kerja, atau admin instansi menetapkan PLT/PLH.',
    );
  });

  it("returns no atasan with a reason when the whole chain is vacant", () => {
    const vacant = units.map((u) => ({ ...u, pimpinanId: null }));
    const r = deriveAtasan({ id: "staf", unitId: "data" }, vacant, [], HARI);
    expect(r.atasanId).toBeNull();
    expect(r.reason).toContain("belum memiliki pimpinan, begitu pula unit di atasnya");
    expect(r.reason).toContain("admin instansi menetapkan PLT/PLH");
  });

  it("returns no atasan for the head of the top unit", () => {
    const r = deriveAtasan({ id: "kepala", unitId: "badan" }, units, [], HARI);
    expect(r).toEqual({
      atasanId: null,
      reason: "Pegawai sendiri memimpin unit tertinggi (Badan Kepegawaian). Admin instansi perlu menetapkan atasan secara manual.",
    });
  });

  it("asks the admin to set a unit kerja when there is none", () => {
    for (const unitId of [null, "tidak-ada"]) {
      const r = deriveAtasan({ id: "staf", unitId }, units, [], HARI);
      expect(r.atasanId).toBeNull();
      expect(r.reason).toBe("Pegawai belum memiliki unit kerja. Admin instansi perlu menetapkan unit kerjanya.");
    }
  });

  it("stops on a cycle in the unit tree", () => {
    const cyclic: UnitNode[] = [
      { id: "a", nama: "A", parentId: "b", pimpinanId: null },
      { id: "b", nama: "B", parentId: "a", pimpinanId: null },
    ];
    expect(deriveAtasan({ id: "staf", unitId: "a" }, cyclic, [], HARI).atasanId).toBeNull();
  });
});

describe("effectivePimpinan", () => {
  const mutasi = units[1]!;

  it("returns the definitive pimpinan without PLT/PLH", () => {
    expect(effectivePimpinan(mutasi, [], HARI)).toEqual({ pegawaiId: "kabid", sebagai: "DEFINITIF" });
  });

  it("prefers a PLH over an overlapping PLT", () => {
    const plh = pt({ pegawaiId: "plh", jenis: "PLH", mulai: fromIsoDate("2026-05-14"), selesai: fromIsoDate("2026-05-16") });
    expect(effectivePimpinan(mutasi, [pt({}), plh], HARI)).toEqual({ pegawaiId: "plh", sebagai: "PLH" });
  });

  it("prefers the most recently started of two PLT", () => {
    const baru = pt({ pegawaiId: "plt-baru", mulai: fromIsoDate("2026-05-10") });
    expect(effectivePimpinan(mutasi, [pt({}), baru], HARI)?.pegawaiId).toBe("plt-baru");
  });

  it("ignores a PLT of another unit", () => {
    expect(effectivePimpinan(mutasi, [pt({ unitId: "data" })], HARI)?.pegawaiId).toBe("kabid");
  });

  it("returns null for a vacant unit", () => {
    expect(effectivePimpinan(units[3]!, [], HARI)).toBeNull();
  });
});

describe("mayKlaimPimpinan", () => {
  it.each([2, 3, 4])("allows structural eselon %i", (eselon) => {
    expect(mayKlaimPimpinan({ jenisJabatan: "STRUKTURAL", eselon })).toBe(true);
  });

  it("refuses eselon I, V and a structural without eselon", () => {
    for (const eselon of [1, 5, null]) expect(mayKlaimPimpinan({ jenisJabatan: "STRUKTURAL", eselon })).toBe(false);
  });

  it("refuses fungsional and pelaksana", () => {
    expect(mayKlaimPimpinan({ jenisJabatan: "FUNGSIONAL", eselon: 3 })).toBe(false);
    expect(mayKlaimPimpinan({ jenisJabatan: "PELAKSANA", eselon: null })).toBe(false);
  });
});
