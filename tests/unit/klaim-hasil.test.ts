import { describe, expect, it } from "vitest";
import { ringkasanPerubahanAtasan } from "@/lib/domain/klaim-hasil";

describe("ringkasanPerubahanAtasan: whose atasan a klaim changed", () => {
  it("names the claimant's new bawahan, sorted", () => {
    expect(ringkasanPerubahanAtasan([{ atasanId: "saya", atasanNama: "Yudi", pegawai: ["Sri", "Ahmad", "Irfan"] }], "saya")).toBe(
      "Kini Anda atasan langsung dari 3 pegawai: Ahmad, Irfan, Sri.",
    );
  });

  it("after lepas klaim, names who the pegawai now report to", () => {
    const hasil = ringkasanPerubahanAtasan(
      [
        { atasanId: "kabid", atasanNama: "Dedi Kurniawan", pegawai: ["Ahmad"] },
        { atasanId: "kepala", atasanNama: "Asep Saepudin", pegawai: ["Budi", "Ani"] },
      ],
      "saya",
    );
    expect(hasil).toBe("Atasan langsung 1 pegawai kini Dedi Kurniawan: Ahmad. Atasan langsung 2 pegawai kini Asep Saepudin: Ani, Budi.");
  });

  it("does not double the full stop after a gelar", () => {
    expect(ringkasanPerubahanAtasan([{ atasanId: "saya", atasanNama: "", pegawai: ["Sri Wahyuni, S.Sos."] }], "saya")).toBe(
      "Kini Anda atasan langsung dari 1 pegawai: Sri Wahyuni, S.Sos.",
    );
  });

  it("counts the rest of a long list, and says when nobody's atasan changed", () => {
    const pegawai = ["A", "B", "C", "D", "E", "F", "G"];
    expect(ringkasanPerubahanAtasan([{ atasanId: "saya", atasanNama: "", pegawai }], "saya")).toBe(
      "Kini Anda atasan langsung dari 7 pegawai: A, B, C, D, E dan 2 lainnya.",
    );
    expect(ringkasanPerubahanAtasan([], "saya")).toBe("Tidak ada pegawai yang atasannya berubah.");
  });
});
