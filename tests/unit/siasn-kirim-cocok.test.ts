import { describe, expect, test } from "vitest";
import type { KinerjaPeriodikPayload, Skp22Payload } from "@/lib/domain/siasn/kirim";
import { idRiwayatSama } from "@/lib/domain/siasn/kirim-cocok";

const periodik = { tahunMulaiPenilaian: 2026, bulanMulaiPenilaian: 4, tahunSelesaiPenilaian: 2026, bulanSelesaiPenilaian: 6 } as KinerjaPeriodikPayload;

describe("idRiwayatSama: the riwayat an unanswered send may have saved", () => {
  test("kinerja periodik matches the same months, with numbers sent as text and any casing", () => {
    const riwayat = [
      { id: "A", tahunMulaiPenilaian: 2026, bulanMulaiPenilaian: 1, tahunSelesaiPenilaian: 2026, bulanSelesaiPenilaian: 3 },
      { ID: "B", TahunMulaiPenilaian: "2026", bulanMulaiPenilaian: "4", tahunSelesaiPenilaian: "2026", bulanSelesaiPenilaian: "06" },
    ];
    expect(idRiwayatSama("KINERJA_PERIODIK", periodik, riwayat)).toBe("B");
  });

  test("another period, another year or a row without id is no match: the send creates a riwayat", () => {
    const riwayat = [
      { id: "A", tahunMulaiPenilaian: 2025, bulanMulaiPenilaian: 4, tahunSelesaiPenilaian: 2025, bulanSelesaiPenilaian: 6 },
      { tahunMulaiPenilaian: 2026, bulanMulaiPenilaian: 4, tahunSelesaiPenilaian: 2026, bulanSelesaiPenilaian: 6 },
    ];
    expect(idRiwayatSama("KINERJA_PERIODIK", periodik, riwayat)).toBeNull();
    expect(idRiwayatSama("KINERJA_PERIODIK", periodik, [])).toBeNull();
  });

  test("skp22 matches the year", () => {
    const skp22 = { tahun: 2026 } as Skp22Payload;
    expect(idRiwayatSama("SKP22", skp22, [{ id: "X", tahun: "2025" }, { id: "Y", tahun: "2026", hasilKinerja: "Baik" }])).toBe("Y");
  });
});
