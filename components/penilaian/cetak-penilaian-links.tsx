import type { StatusPenilaian } from "@/lib/generated/prisma/enums";

const tombol = "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50";

/**
 * "Cetak Evaluasi" and "Cetak Dokumen Evaluasi" for one penilaian. Only a final penilaian
 * prints (the routes refuse a draft), so before that the links are replaced by the reason.
 */
export function CetakPenilaianLinks({ penilaianId, status }: { penilaianId: string; status: StatusPenilaian }) {
  if (status !== "FINAL") {
    return <p className="text-sm text-slate-600">Evaluasi dapat dicetak setelah Pejabat Penilai memfinalkan penilaian.</p>;
  }
  return (
    <div className="flex flex-wrap gap-2">
      <a href={`/api/penilaian/${penilaianId}/evaluasi`} className={tombol}>
        Cetak Evaluasi
      </a>
      <a href={`/api/penilaian/${penilaianId}/dokumen`} className={tombol}>
        Cetak Dokumen Evaluasi
      </a>
    </div>
  );
}
