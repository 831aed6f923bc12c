import { Notice } from "@/components/notice";
import { formatNip } from "@/lib/domain/nip";
import type { LaporanImpor } from "@/lib/server/import/impor-pegawai";

/** The dry-run result: every bad row with its reasons, or a preview of the rows to be saved. */
export function LaporanImporView({ laporan }: { laporan: LaporanImpor }) {
  const { masalah } = laporan;
  if (masalah.length > 0) {
    return (
      <section aria-label="Hasil pemeriksaan" className="flex flex-col gap-3">
        <div role="alert">
          <Notice tone="danger" title={`${masalah.length} dari ${laporan.jumlahBaris} baris bermasalah. Tidak ada data yang disimpan.`}>
            Perbaiki baris berikut di berkas {laporan.namaBerkas}, lalu unggah dan periksa ulang.
          </Notice>
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Baris bermasalah</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">Baris</th>
                <th scope="col" className="px-3 py-2">NIP / Nama</th>
                <th scope="col" className="px-3 py-2">Masalah</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {masalah.map((m) => (
                <tr key={m.baris} className="align-top">
                  <th scope="row" className="px-3 py-2 text-left font-mono">{m.baris}</th>
                  <td className="px-3 py-2">
                    <span className="block font-mono text-xs">{m.nip || "—"}</span>
                    <span>{m.nama || "—"}</span>
                  </td>
                  <td className="px-3 py-2 text-red-800">
                    <ul className="list-disc space-y-0.5 pl-4">
                      {m.pesan.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  }

  return (
    <section aria-label="Hasil pemeriksaan" className="flex flex-col gap-3">
      <div role="status">
        <Notice title={`Pemeriksaan selesai: ${laporan.jumlahValid} baris siap diimpor dari ${laporan.namaBerkas}.`} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="px-3 py-2 text-left text-xs text-slate-500">
            {laporan.contoh.length < laporan.jumlahValid ? `${laporan.contoh.length} baris pertama` : "Semua baris"}
          </caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">Baris</th>
              <th scope="col" className="px-3 py-2">NIP</th>
              <th scope="col" className="px-3 py-2">Nama</th>
              <th scope="col" className="px-3 py-2">Jabatan</th>
              <th scope="col" className="px-3 py-2">Unit kerja</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {laporan.contoh.map((p) => (
              <tr key={p.baris}>
                <td className="px-3 py-2 font-mono">{p.baris}</td>
                <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{formatNip(p.nip)}</td>
                <th scope="row" className="px-3 py-2 text-left font-medium">{p.nama}</th>
                <td className="px-3 py-2">{p.jabatan}</td>
                <td className="px-3 py-2">{p.unitKerja}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
