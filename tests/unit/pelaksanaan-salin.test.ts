import { describe, expect, test } from "vitest";
import { periodeSebelumnya, rencanaAksiUntukDisalin } from "@/lib/domain/pelaksanaan-salin";

const tw = (urutan: number) => ({ id: `tw${urutan}`, jenis: "TRIWULAN" as const, urutan });
const semua = [tw(3), tw(1), tw(2), { id: "th", jenis: "TAHUNAN" as const, urutan: 1 }, { id: "feb", jenis: "BULANAN" as const, urutan: 2 }];

describe("periodeSebelumnya", () => {
  test("is the closest earlier periode of the same kind", () => {
    expect(periodeSebelumnya(semua, tw(3))?.id).toBe("tw2");
    expect(periodeSebelumnya(semua, { id: "mar", jenis: "BULANAN", urutan: 3 })?.id).toBe("feb");
  });

  test("the first triwulan and the tahunan periode have none", () => {
    expect(periodeSebelumnya(semua, tw(1))).toBeNull();
    expect(periodeSebelumnya(semua, { id: "th", jenis: "TAHUNAN", urutan: 1 })).toBeNull();
  });
});

describe("rencanaAksiUntukDisalin", () => {
  const sumber = [
    { rhkId: "a", teks: "Menyusun jadwal", urutan: 0 },
    { rhkId: "a", teks: "Rapat koordinasi", urutan: 1 },
    { rhkId: "b", teks: "Verifikasi berkas", urutan: 0 },
  ];

  test("copies every item per RHK in order into an empty periode", () => {
    expect(rencanaAksiUntukDisalin(sumber, [])).toEqual(sumber);
  });

  test("skips texts the RHK already has and numbers the rest after the existing ones", () => {
    const yangAda = [{ rhkId: "a", teks: " menyusun JADWAL ", urutan: 4 }];
    expect(rencanaAksiUntukDisalin(sumber, yangAda)).toEqual([
      { rhkId: "a", teks: "Rapat koordinasi", urutan: 5 },
      { rhkId: "b", teks: "Verifikasi berkas", urutan: 0 },
    ]);
  });

  test("copying twice adds nothing the second time", () => {
    const pertama = rencanaAksiUntukDisalin(sumber, []);
    expect(rencanaAksiUntukDisalin(sumber, pertama)).toEqual([]);
  });
});
