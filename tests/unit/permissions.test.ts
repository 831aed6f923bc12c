import { describe, expect, it } from "vitest";
import {
  canAdminInstansi,
  canEditSkp,
  canRatePenilaian,
  canReviewSkp,
  canSetCapaianOrganisasi,
  canTransitionSkp,
  canViewSkp,
  canWriteEkspektasi,
  canWriteRealisasi,
  skpTerlihat,
  type ActorRef,
  type SkpRef,
} from "@/lib/domain/permissions";
import { fromIsoDate } from "@/lib/domain/tanggal";

const INSTANSI = "inst-a";
const pemilik: ActorRef = { id: "peg-1", instansiId: INSTANSI, isAdmin: false };
const penilai: ActorRef = { id: "atasan-1", instansiId: INSTANSI, isAdmin: false };
const atasanLain: ActorRef = { id: "atasan-2", instansiId: INSTANSI, isAdmin: false };
const rekan: ActorRef = { id: "peg-2", instansiId: INSTANSI, isAdmin: false };
const admin: ActorRef = { id: "admin-1", instansiId: INSTANSI, isAdmin: true };
const adminLain: ActorRef = { id: "admin-9", instansiId: "inst-b", isAdmin: true };

function skp(status: SkpRef["status"], penilaiId: string | null = penilai.id): SkpRef {
  return { pegawaiId: pemilik.id, penilaiId, status, instansiId: INSTANSI };
}

describe("canAdminInstansi", () => {
  it("allows an admin of that instansi only", () => {
    expect(canAdminInstansi(admin, INSTANSI)).toBe(true);
    expect(canAdminInstansi(adminLain, INSTANSI)).toBe(false);
    expect(canAdminInstansi(pemilik, INSTANSI)).toBe(false);
  });
});

describe("canViewSkp", () => {
  it("allows the owner, the penilai and an admin of the same instansi", () => {
    for (const actor of [pemilik, penilai, admin]) expect(canViewSkp(actor, skp("DRAFT"))).toBe(true);
  });

  it("refuses a colleague, an atasan of someone else and an admin of another instansi", () => {
    for (const actor of [rekan, atasanLain, adminLain]) expect(canViewSkp(actor, skp("PERSETUJUAN"))).toBe(false);
  });

  it("refuses everyone but owner and admin when the SKP has no penilai", () => {
    expect(canViewSkp(penilai, skp("DRAFT", null))).toBe(false);
    expect(canViewSkp(pemilik, skp("DRAFT", null))).toBe(true);
  });
});

describe("canEditSkp", () => {
  it("allows the owner while Draft", () => {
    expect(canEditSkp(pemilik, skp("DRAFT"))).toBe(true);
  });

  it("locks the SKP once submitted or approved", () => {
    expect(canEditSkp(pemilik, skp("PENGAJUAN"))).toBe(false);
    expect(canEditSkp(pemilik, skp("PERSETUJUAN"))).toBe(false);
  });

  it("never lets others edit, not even the penilai or the admin", () => {
    for (const actor of [penilai, admin, rekan]) expect(canEditSkp(actor, skp("DRAFT"))).toBe(false);
  });
});

describe("canReviewSkp", () => {
  it("allows the penilai stored on the SKP", () => {
    expect(canReviewSkp(penilai, skp("PENGAJUAN"))).toBe(true);
  });

  it("refuses an atasan of a different bawahan, the owner and the admin", () => {
    for (const actor of [atasanLain, pemilik, admin]) expect(canReviewSkp(actor, skp("PENGAJUAN"))).toBe(false);
  });

  it("refuses when no penilai is set", () => {
    expect(canReviewSkp(penilai, skp("PENGAJUAN", null))).toBe(false);
  });

  it("does not let an owner recorded as their own penilai approve themselves", () => {
    expect(canReviewSkp(pemilik, skp("PENGAJUAN", pemilik.id))).toBe(false);
  });
});

describe("canTransitionSkp", () => {
  it("lets the owner submit a draft, and no one else", () => {
    expect(canTransitionSkp(pemilik, skp("DRAFT"), "ajukan")).toBe(true);
    expect(canTransitionSkp(penilai, skp("DRAFT"), "ajukan")).toBe(false);
    expect(canTransitionSkp(admin, skp("DRAFT"), "ajukan")).toBe(false);
  });

  it("lets only the penilai approve or return", () => {
    expect(canTransitionSkp(penilai, skp("PENGAJUAN"), "setujui")).toBe(true);
    expect(canTransitionSkp(penilai, skp("PERSETUJUAN"), "kembalikan")).toBe(true);
    expect(canTransitionSkp(pemilik, skp("PENGAJUAN"), "setujui")).toBe(false);
    expect(canTransitionSkp(pemilik, skp("PENGAJUAN"), "kembalikan")).toBe(false);
    expect(canTransitionSkp(atasanLain, skp("PENGAJUAN"), "setujui")).toBe(false);
  });

  it("refuses moves the status does not allow", () => {
    expect(canTransitionSkp(pemilik, skp("PENGAJUAN"), "ajukan")).toBe(false);
    expect(canTransitionSkp(penilai, skp("DRAFT"), "setujui")).toBe(false);
    expect(canTransitionSkp(penilai, skp("DRAFT"), "kembalikan")).toBe(false);
  });
});

describe("canWriteEkspektasi", () => {
  it("allows the penilai before approval", () => {
    expect(canWriteEkspektasi(penilai, skp("DRAFT"))).toBe(true);
    expect(canWriteEkspektasi(penilai, skp("PENGAJUAN"))).toBe(true);
  });

  it("refuses after approval and for anyone else", () => {
    expect(canWriteEkspektasi(penilai, skp("PERSETUJUAN"))).toBe(false);
    expect(canWriteEkspektasi(pemilik, skp("DRAFT"))).toBe(false);
    expect(canWriteEkspektasi(atasanLain, skp("DRAFT"))).toBe(false);
  });
});

describe("canRatePenilaian", () => {
  const draft = { status: "DRAFT" as const, pengisianDibukaHingga: null };

  it("allows the penilai on an approved SKP with a draft or missing penilaian", () => {
    expect(canRatePenilaian(penilai, skp("PERSETUJUAN"), draft)).toBe(true);
    expect(canRatePenilaian(penilai, skp("PERSETUJUAN"), null)).toBe(true);
  });

  it("refuses a final penilaian and an SKP not yet approved", () => {
    expect(canRatePenilaian(penilai, skp("PERSETUJUAN"), { ...draft, status: "FINAL" })).toBe(false);
    expect(canRatePenilaian(penilai, skp("PENGAJUAN"), draft)).toBe(false);
  });

  it("refuses the owner, another atasan and the admin", () => {
    for (const actor of [pemilik, atasanLain, admin]) {
      expect(canRatePenilaian(actor, skp("PERSETUJUAN"), draft)).toBe(false);
    }
  });
});

describe("canWriteRealisasi", () => {
  const periode = { awal: fromIsoDate("2026-01-01"), batasPengisian: fromIsoDate("2026-04-10") };
  const disetujui = skp("PERSETUJUAN");

  it("allows the owner of an approved SKP up to and including the batas pengisian", () => {
    expect(canWriteRealisasi(pemilik, disetujui, periode, fromIsoDate("2026-04-10"))).toBe(true);
  });

  it("closes the day after the batas pengisian", () => {
    expect(canWriteRealisasi(pemilik, disetujui, periode, fromIsoDate("2026-04-11"))).toBe(false);
  });

  it("opens again when the admin reopened entry for this pegawai", () => {
    const dibuka = { status: "DRAFT" as const, pengisianDibukaHingga: fromIsoDate("2026-04-20") };
    expect(canWriteRealisasi(pemilik, disetujui, periode, fromIsoDate("2026-04-20"), dibuka)).toBe(true);
    expect(canWriteRealisasi(pemilik, disetujui, periode, fromIsoDate("2026-04-21"), dibuka)).toBe(false);
  });

  it("refuses once the penilaian is final", () => {
    const final = { status: "FINAL" as const, pengisianDibukaHingga: null };
    expect(canWriteRealisasi(pemilik, disetujui, periode, fromIsoDate("2026-03-01"), final)).toBe(false);
  });

  it("refuses before the SKP is approved", () => {
    expect(canWriteRealisasi(pemilik, skp("PENGAJUAN"), periode, fromIsoDate("2026-03-01"))).toBe(false);
  });

  it("refuses the penilai, a colleague and the admin", () => {
    for (const actor of [penilai, rekan, admin]) {
      expect(canWriteRealisasi(actor, disetujui, periode, fromIsoDate("2026-03-01"))).toBe(false);
    }
  });
});

describe("canSetCapaianOrganisasi", () => {
  const unit = { instansiId: INSTANSI, pimpinanAtasId: penilai.id };

  it("allows the pimpinan above the unit and the admin of the instansi", () => {
    expect(canSetCapaianOrganisasi(penilai, unit)).toBe(true);
    expect(canSetCapaianOrganisasi(admin, unit)).toBe(true);
  });

  it("refuses others, including an admin of another instansi", () => {
    for (const actor of [atasanLain, pemilik, adminLain]) expect(canSetCapaianOrganisasi(actor, unit)).toBe(false);
    expect(canSetCapaianOrganisasi(penilai, { ...unit, pimpinanAtasId: null })).toBe(false);
  });
});

describe("skpTerlihat", () => {
  const pegawai = { id: pemilik.id, instansiId: INSTANSI };
  const riwayat = [
    { tahun: 2024, penilaiId: atasanLain.id },
    { tahun: 2025, penilaiId: penilai.id },
    { tahun: 2026, penilaiId: null },
  ];

  it("gives the owner and the admin of their instansi every year", () => {
    expect(skpTerlihat(pemilik, pegawai, riwayat)).toEqual(riwayat);
    expect(skpTerlihat(admin, pegawai, riwayat)).toEqual(riwayat);
    expect(skpTerlihat(pemilik, pegawai, [])).toEqual([]);
  });

  it("gives an atasan only the years they were the penilai", () => {
    expect(skpTerlihat(penilai, pegawai, riwayat)?.map((s) => s.tahun)).toEqual([2025]);
    expect(skpTerlihat(atasanLain, pegawai, riwayat)?.map((s) => s.tahun)).toEqual([2024]);
  });

  it("splits a year between the two penilai of a mutasi: each gets only the SKP they rated", () => {
    const mutasi = [
      { id: "skp-jan-jun", penilaiId: penilai.id },
      { id: "skp-jul-des", penilaiId: atasanLain.id },
    ];
    expect(skpTerlihat(penilai, pegawai, mutasi)?.map((s) => s.id)).toEqual(["skp-jan-jun"]);
    expect(skpTerlihat(atasanLain, pegawai, mutasi)?.map((s) => s.id)).toEqual(["skp-jul-des"]);
  });

  it("refuses a colleague, an atasan who rated no year, and another instansi's admin", () => {
    expect(skpTerlihat(rekan, pegawai, riwayat)).toBeNull();
    expect(skpTerlihat(penilai, pegawai, [{ tahun: 2026, penilaiId: null }])).toBeNull();
    expect(skpTerlihat(adminLain, pegawai, riwayat)).toBeNull();
    expect(skpTerlihat({ ...penilai, instansiId: "inst-b" }, pegawai, riwayat)).toBeNull();
  });
});
