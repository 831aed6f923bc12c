/**
 * Triwulan I–IV and the tahunan periode. The batas pengisian is the 10th of the month after
 * the periode ends; the tahunan one gets until 31 January of the next year.
 */
export function periodePenilaian(tahun: number) {
  const date = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));
  const triwulan = [1, 2, 3, 4].map((urutan) => ({
    jenis: "TRIWULAN" as const,
    urutan,
    awal: date(tahun, (urutan - 1) * 3, 1),
    akhir: date(tahun, urutan * 3, 0),
    batasPengisian: date(tahun, urutan * 3, 10),
  }));
  const tahunan = {
    jenis: "TAHUNAN" as const,
    urutan: 1,
    awal: date(tahun, 0, 1),
    akhir: date(tahun, 11, 31),
    batasPengisian: date(tahun + 1, 0, 31),
  };
  return [...triwulan, tahunan];
}
