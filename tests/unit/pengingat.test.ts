import { describe, expect, it } from "vitest";
import {
  diajukanSebelum,
  hariKosongMinggu,
  hMinus,
  isiPengingatBatas,
  isiPengingatProgres,
  isiPengingatSkpMenunggu,
  judulPengingatBatas,
  judulPengingatProgres,
  judulPengingatSkpMenunggu,
  kunciPengingatBatas,
  kunciPengingatProgres,
  kunciPengingatSkpMenunggu,
  menungguTerlaluLama,
  mingguIso,
  tenggatDiingatkan,
  zonaPadaJam,
  zonaPengingatPagi,
  zonaPengingatProgres,
} from "@/lib/domain/pengingat";
import { fromIsoDate } from "@/lib/domain/tanggal";

const d = fromIsoDate;

describe("which instansi a reminder run serves", () => {
  it("serves each zone at its own 08.00: 01.00 UTC is WIB, 00.00 UTC WITA, 23.00 UTC the day before WIT", () => {
    expect(zonaPengingatPagi(new Date("2027-01-09T01:00:00Z"))).toEqual([{ zona: "WIB", hariIni: d("2027-01-09") }]);
    expect(zonaPengingatPagi(new Date("2027-01-09T00:00:00Z"))).toEqual([{ zona: "WITA", hariIni: d("2027-01-09") }]);
    expect(zonaPengingatPagi(new Date("2027-01-08T23:00:00Z"))).toEqual([{ zona: "WIT", hariIni: d("2027-01-09") }]);
  });

  it("serves no zone at any other hour, nor a few minutes late in a later hour", () => {
    expect(zonaPengingatPagi(new Date("2027-01-09T05:00:00Z"))).toEqual([]);
    expect(zonaPengingatPagi(new Date("2027-01-09T02:00:00Z"))).toEqual([]);
    // A run delayed within the hour still belongs to that hour.
    expect(zonaPengingatPagi(new Date("2027-01-09T01:40:00Z")).map((z) => z.zona)).toEqual(["WIB"]);
  });

  it("every UTC hour of a day serves each zone exactly once at a given local hour", () => {
    const jam = Array.from({ length: 24 }, (_, h) => zonaPadaJam(new Date(Date.UTC(2026, 11, 4, h)), 8)).flat();
    expect(jam.sort()).toEqual(["WIB", "WIT", "WITA"]);
  });

  it("sends the Progres Harian reminder on Friday 15.00 local only", () => {
    // Friday 4 December 2026: 08.00 UTC is 15.00 WIB, 07.00 UTC 15.00 WITA, 06.00 UTC 15.00 WIT.
    expect(zonaPengingatProgres(new Date("2026-12-04T08:00:00Z"))).toEqual([{ zona: "WIB", hariIni: d("2026-12-04") }]);
    expect(zonaPengingatProgres(new Date("2026-12-04T07:00:00Z")).map((z) => z.zona)).toEqual(["WITA"]);
    expect(zonaPengingatProgres(new Date("2026-12-04T06:00:00Z")).map((z) => z.zona)).toEqual(["WIT"]);
    // Thursday at 15.00 WIB, and Friday at 16.00 WIB: nothing.
    expect(zonaPengingatProgres(new Date("2026-12-03T08:00:00Z"))).toEqual([]);
    expect(zonaPengingatProgres(new Date("2026-12-04T09:00:00Z"))).toEqual([]);
  });
});

describe("batas pengisian: H-7, H-3, H-1", () => {
  it("names the deadlines due a reminder today", () => {
    expect(tenggatDiingatkan(d("2026-12-31"))).toEqual(["2027-01-07", "2027-01-03", "2027-01-01"]);
  });

  it("is due on H-7, H-3 and H-1 only", () => {
    const batas = d("2027-01-10");
    expect(hMinus(d("2027-01-03"), batas)).toBe(7);
    expect(hMinus(d("2027-01-07"), batas)).toBe(3);
    expect(hMinus(d("2027-01-09"), batas)).toBe(1);
    for (const hari of ["2027-01-02", "2027-01-04", "2027-01-08", "2027-01-10", "2027-01-11"]) expect(hMinus(d(hari), batas)).toBeNull();
  });

  it("keys each occasion per periode and H-day, and a reopened deadline apart", () => {
    expect(kunciPengingatBatas("p1", 3, null)).toBe("batas:p1:H-3");
    expect(kunciPengingatBatas("p1", 1, d("2027-02-15"))).toBe("batas:p1:dibuka-2027-02-15:H-1");
    expect(kunciPengingatBatas("p1", 1, d("2027-02-20"))).not.toBe(kunciPengingatBatas("p1", 1, d("2027-02-15")));
  });

  it("says how long is left and how much is missing", () => {
    expect(judulPengingatBatas("Triwulan IV 2026", d("2027-01-07"), d("2027-01-10"))).toBe("Batas pengisian Triwulan IV 2026: 3 hari lagi (10 Januari 2027)");
    expect(judulPengingatBatas("Tahunan 2026", d("2027-01-30"), d("2027-01-31"))).toBe("Batas pengisian Tahunan 2026: besok (31 Januari 2027)");
    expect(isiPengingatBatas(4, 9, false)).toBe(
      "Realisasi 4 dari 9 indikator SKP Anda belum diisi. Lengkapi realisasi dan bukti dukungnya sebelum batas pengisian.",
    );
    expect(isiPengingatBatas(1, 3, true)).toMatch(/^Admin instansi membuka kembali pengisian untuk Anda\. Realisasi 1 dari 3/);
  });
});

describe("progres harian: Friday, empty working days", () => {
  const kalender = { hariKerjaPerMinggu: 5, libur: new Set<string>(), keterangan: new Map() };
  const setahun = [{ awal: "2026-01-01", akhir: "2026-12-31" }];

  it("numbers ISO weeks, including the ones that cross a new year", () => {
    expect(mingguIso("2026-12-04")).toBe("2026-W49");
    expect(mingguIso("2026-11-30")).toBe("2026-W49");
    expect(mingguIso("2026-12-06")).toBe("2026-W49");
    expect(mingguIso("2027-01-01")).toBe("2026-W53");
    expect(mingguIso("2027-01-04")).toBe("2027-W01");
    expect(mingguIso("2025-12-29")).toBe("2026-W01");
    expect(kunciPengingatProgres("2026-12-04")).toBe("progres:2026-W49");
  });

  it("lists Monday to Friday without an entry", () => {
    expect(hariKosongMinggu("2026-12-04", kalender, new Set(["2026-12-01", "2026-12-03"]), setahun)).toEqual(["2026-11-30", "2026-12-02", "2026-12-04"]);
    expect(hariKosongMinggu("2026-12-04", kalender, new Set(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]), setahun)).toEqual([]);
  });

  it("skips holidays, days marked away, and days outside the approved SKP", () => {
    const libur = { ...kalender, libur: new Set(["2026-12-25"]), keterangan: new Map([["2026-12-23", "CUTI" as const]]) };
    expect(hariKosongMinggu("2026-12-25", libur, new Set(["2026-12-21"]), setahun)).toEqual(["2026-12-22", "2026-12-24"]);
    expect(hariKosongMinggu("2026-12-04", kalender, new Set(), [{ awal: "2026-12-03", akhir: "2026-12-31" }])).toEqual(["2026-12-03", "2026-12-04"]);
    expect(hariKosongMinggu("2026-12-04", kalender, new Set(), [])).toEqual([]);
  });

  it("does not count Saturday of a six-day week, which has not come yet", () => {
    const enamHari = { ...kalender, hariKerjaPerMinggu: 6 };
    expect(hariKosongMinggu("2026-12-04", enamHari, new Set(), setahun)).toHaveLength(5);
  });

  it("names the empty days", () => {
    expect(judulPengingatProgres(2)).toBe("Progres Harian minggu ini: 2 hari kerja belum diisi");
    expect(isiPengingatProgres(["2026-11-30"])).toMatch(/^Belum ada entri pada Senin, 30 November 2026\. /);
    expect(isiPengingatProgres(["2026-11-30", "2026-12-02", "2026-12-04"])).toMatch(
      /^Belum ada entri pada Senin, 30 November 2026, Rabu, 2 Desember 2026 dan Jumat, 4 Desember 2026\. /,
    );
  });
});

describe("SKP waiting for the atasan", () => {
  const now = new Date("2026-12-05T01:00:00Z");

  it("reminds once the SKP has waited more than 3 days", () => {
    expect(diajukanSebelum(now)).toEqual(new Date("2026-12-02T01:00:00Z"));
    expect(menungguTerlaluLama(new Date("2026-12-02T00:59:59Z"), now)).toBe(true);
    expect(menungguTerlaluLama(new Date("2026-12-02T01:00:00Z"), now)).toBe(false);
    expect(menungguTerlaluLama(new Date("2026-12-04T10:00:00Z"), now)).toBe(false);
  });

  it("keys each submission apart, so an SKP submitted again is a new occasion", () => {
    expect(kunciPengingatSkpMenunggu("s1", new Date("2026-12-01T03:04:05.678Z"))).toBe("skp-menunggu:s1:2026-12-01T03:04:05.678Z");
    expect(kunciPengingatSkpMenunggu("s1", new Date("2026-12-09T00:00:00Z"))).not.toBe(kunciPengingatSkpMenunggu("s1", new Date("2026-12-01T03:04:05.678Z")));
  });

  it("says who waits, how long and since when in the instansi's zone", () => {
    expect(judulPengingatSkpMenunggu("Ahmad Fauzi, S.H.", new Date("2026-12-01T03:00:00Z"), now)).toBe("SKP Ahmad Fauzi, S.H. sudah 3 hari menunggu keputusan Anda");
    expect(isiPengingatSkpMenunggu("WITA", new Date("2026-12-01T03:00:00Z"))).toMatch(/^Diajukan 1 Desember 2026 11\.00 WITA\. /);
  });
});
