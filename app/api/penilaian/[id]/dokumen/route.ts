import { renderDokumenEvaluasiPdf } from "@/lib/server/pdf/dokumen-evaluasi-pdf";
import { respondPenilaianPdf } from "@/lib/server/pdf/evaluasi-route";

/** "Cetak Dokumen Evaluasi": the signed Dokumen Evaluasi Kinerja Pegawai of one final penilaian. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return respondPenilaianPdf(id, { awalan: "Dokumen-Evaluasi", render: renderDokumenEvaluasiPdf });
}
