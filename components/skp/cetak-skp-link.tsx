/** Downloads the SKP + Lampiran PDF; the route itself decides who may have it. */
export function CetakSkpLink({ skpId }: { skpId: string }) {
  return (
    <a
      href={`/api/skp/${skpId}/cetak`}
      className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
    >
      Cetak SKP
    </a>
  );
}
