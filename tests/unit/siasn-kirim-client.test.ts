import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SiasnError } from "@/lib/domain/siasn/errors";
import type { PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { buildAngkaKredit, buildSkp22, type AngkaKreditPayload } from "@/lib/domain/siasn/kirim";
import type { SiasnConfig } from "@/lib/server/siasn/config";
import { kirimKeSiasn } from "@/lib/server/siasn/kirim";
import { FAKE_SIASN_CREDENTIALS, startFakeSiasn, type FakeSiasn } from "@/scripts/lib/fake-siasn";

// The write client against the fake SIASN over loopback HTTP: skp22 and angkakredit payloads
// from the pure builders pass its shape checks; a malformed one comes back in SIASN's words.
let fake: FakeSiasn;
beforeEach(async () => {
  fake = await startFakeSiasn({ data: { pns: {}, refUnor: [] } });
});
afterEach(() => fake.stop());

const config = (): SiasnConfig => ({
  apimUrl: fake.url,
  ssoUrl: fake.url,
  ...FAKE_SIASN_CREDENTIALS,
  ssoToken: null,
  timeoutMs: 1000,
  retries: 0,
  backoffMs: 1,
});

const penilai = { id: "p2", nama: "Yudi", nip: "197805102005011003", pangkat: "Pembina", golongan: "IV/a", jabatan: "Kepala Bidang", unit: "Bidang Mutasi", instansi: "Badan Uji" };
const tahunan = {
  periode: { jenis: "TAHUNAN", urutan: 1, label: "Tahunan", tahun: 2026, awal: "2026-01-01", akhir: "2026-12-31" },
  penilai,
  ratingHasil: "SESUAI_EKSPEKTASI",
  ratingPerilaku: "DI_ATAS_EKSPEKTASI",
  predikat: "BAIK",
  angkaKredit: { jenjang: "AHLI_MUDA", koefisien: 25, persen: 100, bulan: 12, nilai: 25 },
  finalizedAt: "2027-01-10T02:00:00.000Z",
} as unknown as PenilaianSnapshot;

describe("SIASN write calls", () => {
  it("saves the yearly result and its angka kredit, each with its own riwayat id", async () => {
    const skp22 = buildSkp22({ pnsId: "pns-1", snapshot: tahunan, siasnId: null });
    const ak = buildAngkaKredit({ pnsId: "pns-1", snapshot: tahunan, siasnId: null });
    if (!skp22.ok || !ak.ok) throw new Error("payload");
    const idSkp = await kirimKeSiasn(config(), "SKP22", skp22.payload);
    const idAk = await kirimKeSiasn(config(), "ANGKA_KREDIT", ak.payload);
    expect(idSkp).not.toBe(idAk);
    expect(fake.riwayat(idAk)).toMatchObject({ kreditBaruTotal: "25.000", isKonversi: "1", tanggalSk: "10-01-2027" });
    expect(fake.kiriman().map((k) => k.path)).toEqual(["/skp22/save", "/angkakredit/save"]);
  });

  it("names what SIASN refused", async () => {
    const ak = buildAngkaKredit({ pnsId: "pns-1", snapshot: tahunan, siasnId: null });
    if (!ak.ok) throw new Error("payload");
    const rusak = { ...ak.payload, tanggalSk: "2027-01-10", nomorSk: "" } as AngkaKreditPayload;
    const error = await kirimKeSiasn(config(), "ANGKA_KREDIT", rusak).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SiasnError);
    expect(error).toMatchObject({ kind: "rejected", detail: "NomorSk is required, TanggalSk must be dd-mm-yyyy" });
  });
});
