import "server-only";
import { tambahHari } from "@/lib/domain/hari-kerja";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import { db } from "@/lib/server/db";

/** The instansi's work pattern and its holidays in the week from `senin`: one statement. */
export async function kalenderMinggu(instansiId: string, senin: string) {
  const instansi = await db.instansi.findUniqueOrThrow({
    where: { id: instansiId },
    select: {
      hariKerjaPerMinggu: true,
      hariLibur: { where: { tanggal: { gte: fromIsoDate(senin), lte: fromIsoDate(tambahHari(senin, 6)) } }, select: { tanggal: true, nama: true } },
    },
  });
  const namaLibur = new Map(instansi.hariLibur.map((l) => [toIsoDate(l.tanggal), l.nama]));
  return { hariKerjaPerMinggu: instansi.hariKerjaPerMinggu, libur: new Set(namaLibur.keys()), namaLibur: Object.fromEntries(namaLibur) };
}
