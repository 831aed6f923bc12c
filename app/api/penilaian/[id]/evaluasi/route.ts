import { renderEvaluasiPdf } from "@/lib/server/pdf/evaluasi-pdf";
import { respondPenilaianPdf } from "@/lib/server/pdf/evaluasi-route";

/** "Cetak Evaluasi": the Evaluasi Kinerja Pegawai of one final penilaian, as a PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return respondPenilaianPdf(id, { awalan: "Evaluasi", render: renderEvaluasiPdf });
}
