import { describe, expect, it } from "vitest";
import { LABEL_STATUS_SKP, STATUS, type NadaStatus, type StatusTampil } from "@/lib/domain/labels";
import { STATUS_BAWAHAN } from "@/lib/domain/review-bawahan";
import { isDikembalikan, isPengembalian, statusSkpTampil } from "@/lib/domain/skp-status-tampil";
import * as enums from "@/lib/generated/prisma/enums";

const KELUARGA = Object.entries(STATUS) as [string, Record<string, StatusTampil>][];

describe("STATUS: one label, colour and icon per state", () => {
  it("holds every stored state of each status enum", () => {
    const disimpan: [Record<string, string>, Record<string, StatusTampil>][] = [
      [enums.StatusSkp, STATUS.skp],
      [enums.StatusPenilaian, STATUS.penilaian],
      [enums.StatusVerifikasi, STATUS.verifikasi],
      [enums.StatusPermintaan, STATUS.permintaan],
      [enums.StatusJob, STATUS.job],
      [enums.StatusKirimSiasn, STATUS.kirimSiasn],
    ];
    for (const [nilai, keluarga] of disimpan) {
      for (const v of Object.values(nilai)) expect(Object.keys(keluarga)).toContain(v);
    }
  });

  it.each(KELUARGA)("%s: every state has a label, a colour and an icon, and no two states share a colour", (_nama, keluarga) => {
    const states = Object.values(keluarga);
    for (const s of states) {
      expect(s.label.trim()).not.toBe("");
      expect(s.nada).toBeTruthy();
      expect(s.ikon).toBeTruthy();
    }
    expect(new Set(states.map((s) => s.nada)).size).toBe(states.length);
    expect(new Set(states.map((s) => s.label)).size).toBe(states.length);
  });

  it("gives one meaning one colour in every family", () => {
    const nadaDari = (s: StatusTampil): NadaStatus => s.nada;
    expect([STATUS.skp.PERSETUJUAN, STATUS.penilaian.FINAL, STATUS.verifikasi.SESUAI, STATUS.permintaan.DISETUJUI, STATUS.job.SELESAI].map(nadaDari)).toEqual(
      Array(5).fill("success"),
    );
    expect([STATUS.skp.DIKEMBALIKAN, STATUS.verifikasi.PERLU_PERBAIKAN].map(nadaDari)).toEqual(["returned", "returned"]);
    expect([STATUS.skp.PENGAJUAN, STATUS.verifikasi.MENUNGGU, STATUS.permintaan.MENUNGGU, STATUS.job.MENUNGGU].map(nadaDari)).toEqual(
      Array(4).fill("info"),
    );
    expect([STATUS.skp.BELUM, STATUS.penilaian.BELUM].map(nadaDari)).toEqual(["warning", "warning"]);
    expect([STATUS.skp.DRAFT, STATUS.penilaian.DRAFT].map(nadaDari)).toEqual(["neutral", "neutral"]);
  });

  it("keeps the official SKP names and derives the enum labels from the same map", () => {
    expect([STATUS.skp.DRAFT, STATUS.skp.PENGAJUAN, STATUS.skp.PERSETUJUAN].map((s) => s.label)).toEqual(["Draft", "Pengajuan", "Persetujuan"]);
    expect(STATUS.skp.DIKEMBALIKAN.label).toBe("Dikembalikan");
    expect(LABEL_STATUS_SKP.PERSETUJUAN).toBe(STATUS.skp.PERSETUJUAN.label);
  });

  it("offers a filter chip for every SKP state a list can show", () => {
    expect([...STATUS_BAWAHAN].sort()).toEqual(Object.keys(STATUS.skp).sort());
  });
});

describe("Dikembalikan", () => {
  const dibuat = { dari: null, ke: "DRAFT" };
  const diajukan = { dari: "DRAFT", ke: "PENGAJUAN" };

  it("is a Draft whose latest move into Draft came from the atasan", () => {
    expect(isDikembalikan("DRAFT", [{ dari: "PENGAJUAN", ke: "DRAFT" }, diajukan, dibuat])).toBe(true);
    expect(isDikembalikan("DRAFT", [{ dari: "PERSETUJUAN", ke: "DRAFT" }, { dari: "PENGAJUAN", ke: "PERSETUJUAN" }, diajukan, dibuat])).toBe(true);
  });

  it("is not a freshly made Draft, nor an SKP that moved on after the return", () => {
    expect(isDikembalikan("DRAFT", [dibuat])).toBe(false);
    expect(isDikembalikan("DRAFT", [])).toBe(false);
    expect(isDikembalikan("PENGAJUAN", [diajukan, { dari: "PENGAJUAN", ke: "DRAFT" }, diajukan, dibuat])).toBe(false);
    expect(isPengembalian(dibuat)).toBe(false);
  });

  it("reads as its own status in lists only for a Draft", () => {
    expect(statusSkpTampil("DRAFT", true)).toBe("DIKEMBALIKAN");
    expect(statusSkpTampil("DRAFT", false)).toBe("DRAFT");
    expect(statusSkpTampil("PERSETUJUAN", true)).toBe("PERSETUJUAN");
  });
});
