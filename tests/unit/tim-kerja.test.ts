import { describe, expect, it } from "vitest";
import type { ActorRef } from "@/lib/domain/permissions";
import { alasanTolakTim, canKelolaPeranTim, canUbahJenisRhkTim, pesanPeranBaru, canLihatTim, canUbahTim, keteranganCalonAnggota, mayBuatTim, mayCariPegawaiTim, sebutanTim, type TimRef } from "@/lib/domain/tim-kerja";

const INSTANSI = "inst-a";
const orang = (id: string, isAdmin = false, instansiId = INSTANSI): ActorRef => ({ id, instansiId, isAdmin });
const pembuat = orang("kabid");
const ketua = orang("ketua");
const anggota = orang("anggota");
const mantan = orang("mantan");
const rekan = orang("rekan");
const admin = orang("admin", true);
const adminLain = orang("admin-b", true, "inst-b");
const luar = orang("anggota", false, "inst-b");

function tim(ditutupPada: Date | null = null): TimRef {
  return { instansiId: INSTANSI, ketuaId: ketua.id, pembuatId: pembuat.id, ditutupPada, anggotaIds: [anggota.id, mantan.id] };
}

describe("mayBuatTim", () => {
  const struktural = (eselon: number | null) => ({ ...pembuat, jenisJabatan: "STRUKTURAL" as const, eselon });
  it("allows a structural atasan at eselon II, III or IV in their own instansi", () => {
    for (const eselon of [2, 3, 4]) expect(mayBuatTim(struktural(eselon), INSTANSI)).toBe(true);
  });
  it("refuses eselon I or V, no eselon, a fungsional or pelaksana, and another instansi", () => {
    expect(mayBuatTim(struktural(1), INSTANSI)).toBe(false);
    expect(mayBuatTim(struktural(5), INSTANSI)).toBe(false);
    expect(mayBuatTim(struktural(null), INSTANSI)).toBe(false);
    expect(mayBuatTim({ ...rekan, jenisJabatan: "FUNGSIONAL", eselon: null }, INSTANSI)).toBe(false);
    expect(mayBuatTim({ ...rekan, jenisJabatan: "PELAKSANA", eselon: 4 }, INSTANSI)).toBe(false);
    expect(mayBuatTim(struktural(3), "inst-b")).toBe(false);
  });
  it("allows the admin of the instansi whatever their jabatan, not an admin elsewhere", () => {
    expect(mayBuatTim({ ...admin, jenisJabatan: "PELAKSANA", eselon: null }, INSTANSI)).toBe(true);
    expect(mayBuatTim({ ...adminLain, jenisJabatan: "STRUKTURAL", eselon: 2 }, INSTANSI)).toBe(false);
  });
});

describe("mayCariPegawaiTim", () => {
  it("lets whoever may create a team search, and the creator of an open team who no longer could", () => {
    expect(mayCariPegawaiTim({ ...pembuat, jenisJabatan: "STRUKTURAL", eselon: 3 }, false)).toBe(true);
    expect(mayCariPegawaiTim({ ...admin, jenisJabatan: "PELAKSANA", eselon: null }, false)).toBe(true);
    expect(mayCariPegawaiTim({ ...pembuat, jenisJabatan: "FUNGSIONAL", eselon: null }, true)).toBe(true);
  });
  it("refuses a plain pegawai who created no open team", () => {
    expect(mayCariPegawaiTim({ ...rekan, jenisJabatan: "PELAKSANA", eselon: null }, false)).toBe(false);
  });
});

describe("keteranganCalonAnggota", () => {
  it("names the day a former anggota left, in the instansi's zone, and says the history stays", () => {
    // 17.30 UTC on 11 October is already 12 October in WIB.
    expect(keteranganCalonAnggota(new Date("2026-10-11T17:30:00Z"), "WIB")).toMatch(/^Pernah menjadi anggota sampai 12 Oktober 2026; riwayatnya tetap tersimpan\./);
    expect(keteranganCalonAnggota(null, "WIB")).toBe("Sudah menjadi anggota tim ini.");
  });
});

describe("canLihatTim", () => {
  it("shows the team to its ketua, creator, anggota (also former ones) and the admin", () => {
    for (const a of [ketua, pembuat, anggota, mantan, admin]) expect(canLihatTim(a, tim())).toBe(true);
  });
  it("hides it from a colleague outside the team and from anyone of another instansi", () => {
    for (const a of [rekan, adminLain, luar]) expect(canLihatTim(a, tim())).toBe(false);
  });
  it("still shows a closed team", () => {
    expect(canLihatTim(anggota, tim(new Date()))).toBe(true);
  });
});

describe("canUbahTim", () => {
  it("lets the creator and the admin change an open team", () => {
    expect(canUbahTim(pembuat, tim())).toBe(true);
    expect(canUbahTim(admin, tim())).toBe(true);
  });
  it("refuses the ketua, an anggota, a colleague and another instansi's admin", () => {
    for (const a of [ketua, anggota, rekan, adminLain]) expect(canUbahTim(a, tim())).toBe(false);
  });
  it("refuses everyone once the team is closed", () => {
    for (const a of [pembuat, admin]) expect(canUbahTim(a, tim(new Date()))).toBe(false);
  });
});

describe("canKelolaPeranTim", () => {
  it("lets only the ketua assign roles and give team feedback", () => {
    expect(canKelolaPeranTim(ketua, tim())).toBe(true);
    for (const a of [pembuat, admin, anggota, rekan]) expect(canKelolaPeranTim(a, tim())).toBe(false);
  });
  it("refuses a ketua id presented from another instansi, and the ketua of a closed team", () => {
    expect(canKelolaPeranTim(orang("ketua", false, "inst-b"), tim())).toBe(false);
    expect(canKelolaPeranTim(ketua, tim(new Date()))).toBe(false);
  });
});

describe("alasanTolakTim", () => {
  it("says nothing when allowed", () => {
    expect(alasanTolakTim(pembuat, tim(), "ubah")).toBeNull();
    expect(alasanTolakTim(ketua, tim(), "peran")).toBeNull();
    expect(alasanTolakTim(ketua, tim(), "umpanBalik")).toBeNull();
  });
  it("names the closed team before the person", () => {
    expect(alasanTolakTim(rekan, tim(new Date()), "ubah")).toMatch(/sudah ditutup/);
  });
  it("names who may do it", () => {
    expect(alasanTolakTim(ketua, tim(), "ubah")).toMatch(/pembuat tim atau admin/);
    expect(alasanTolakTim(admin, tim(), "peran")).toMatch(/ketua tim.*peran/);
    expect(alasanTolakTim(pembuat, tim(), "umpanBalik")).toMatch(/ketua tim.*umpan balik/);
  });
});

describe("sebutanTim", () => {
  it("names the team as people say it, without doubling a leading Tim", () => {
    expect(sebutanTim("Percepatan SPBE")).toBe("Tim Percepatan SPBE");
    expect(sebutanTim("Tim Percepatan SPBE")).toBe("Tim Percepatan SPBE");
    expect(sebutanTim("TIM SPBE")).toBe("TIM SPBE");
    expect(sebutanTim("Timnas")).toBe("Tim Timnas");
  });
});

describe("canUbahJenisRhkTim", () => {
  const skp = (status: "DRAFT" | "PENGAJUAN" | "PERSETUJUAN") => ({ pegawaiId: anggota.id, penilaiId: pembuat.id, status, instansiId: INSTANSI });
  it("lets the penilai decide Utama while the SKP is a Draft or waiting for review", () => {
    expect(canUbahJenisRhkTim(pembuat, skp("DRAFT"))).toBe(true);
    expect(canUbahJenisRhkTim(pembuat, skp("PENGAJUAN"))).toBe(true);
  });
  it("refuses once approved, and refuses the owner, the ketua and the admin", () => {
    expect(canUbahJenisRhkTim(pembuat, skp("PERSETUJUAN"))).toBe(false);
    for (const a of [anggota, ketua, admin]) expect(canUbahJenisRhkTim(a, skp("PENGAJUAN"))).toBe(false);
  });
});

describe("pesanPeranBaru", () => {
  it("tells the anggota which team and links to it", () => {
    expect(pesanPeranBaru({ timId: "t1", namaTim: "SPBE", peran: "Analis" })).toEqual({ jenis: "PERAN_TIM_DITUGASKAN", judul: "Peran baru di Tim SPBE", isi: "Analis", tautan: "/tim-kerja/t1" });
  });
});
