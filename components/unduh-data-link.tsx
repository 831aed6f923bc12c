/**
 * "Unduh data": the ZIP of a pegawai's SKP, evaluasi, data.xlsx and data.json
 * (app/api/unduh-data). Without `pegawaiId` it is the signed-in pegawai's own.
 */
export function UnduhDataLink({ pegawaiId, children }: { pegawaiId?: string; children: string }) {
  return (
    <a
      href={pegawaiId ? `/api/unduh-data?pegawaiId=${pegawaiId}` : "/api/unduh-data"}
      download
      className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
    >
      {children}
    </a>
  );
}
