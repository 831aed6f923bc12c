import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { formatDesimal } from "@/lib/domain/desimal";
import { formatNip } from "@/lib/domain/nip";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { awalMinggu } from "@/lib/domain/hari-kerja";
import { namaHari, parseMingguParam } from "@/lib/domain/progres-harian-verifikasi";
import { fromIsoDate, NAMA_BULAN, toIsoDate } from "@/lib/domain/tanggal";
import { parsePage } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { listProgresHarianBawahan, PROGRES_BAWAHAN_PAGE_SIZE, type ProgresBawahanRow } from "@/lib/server/queries/progres-harian-bawahan";
import { HariCell } from "./hari-cell";
import { MingguNav } from "./minggu-nav";

export const metadata: Metadata = { title: "Progres Harian Bawahan" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProgresHarianBawahanPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const hariIni = toIsoDate(hariIniDi(actor.zonaWaktu, new Date()));
  const senin = parseMingguParam(params.minggu, hariIni);
  const list = await listProgresHarianBawahan(actor, senin, hariIni, parsePage(params.page));
  const mingguIni = awalMinggu(hariIni);
  const hrefFor = (minggu: string, page = 1) => {
    const query = new URLSearchParams();
    if (minggu !== mingguIni) query.set("minggu", minggu);
    if (page > 1) query.set("page", String(page));
    const qs = query.toString();
    return qs ? `/progres-harian-bawahan?${qs}` : "/progres-harian-bawahan";
  };
  const detail = (id: string) => `/progres-harian-bawahan/${id}${senin !== mingguIni ? `?minggu=${senin}` : ""}`;

  return (
    <>
      <PageHeader
        title="Progres Harian Bawahan"
        description="Jam kerja yang dicatat bawahan Anda per hari. Buka nama pegawai untuk melihat kegiatannya dan memverifikasi."
      />
      <MingguNav senin={senin} hariKerja={list.tanggal.length} hrefFor={(m) => hrefFor(m)} mingguIni={mingguIni} />
      {list.total === 0 ? (
        <EmptyState
          title="Belum ada bawahan"
          description="Tidak ada pegawai aktif yang atasannya Anda, dan tidak ada SKP minggu ini yang menunjuk Anda sebagai pejabat penilai. Bila ini keliru, minta admin instansi memeriksa data atasan."
        />
      ) : (
        <>
          <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">Jam kerja bawahan per hari, minggu mulai {senin}</caption>
              <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-3">Pegawai</th>
                  {list.tanggal.map((t) => (
                    <th key={t} scope="col" className="px-2 py-3 text-center whitespace-nowrap" title={list.libur[t]}>
                      {namaHari(t)}
                      <span className="block font-normal text-slate-500">{tanggalPendek(t)}</span>
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-3 text-right">Total</th>
                  <th scope="col" className="px-2 py-3 text-right">Belum isi</th>
                  <th scope="col" className="px-3 py-3 text-right">Menunggu verifikasi</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {list.rows.map((row) => (
                  <tr key={row.pegawai.id}>
                    <th scope="row" className="min-w-52 px-3 py-3 text-left font-normal">
                      <Link href={detail(row.pegawai.id)} className="font-medium text-blue-700 underline">{row.pegawai.nama}</Link>
                      <span className="block text-xs text-slate-500">NIP {formatNip(row.pegawai.nip)}</span>
                    </th>
                    {row.hari.map((h) => (
                      <td key={h.tanggal} className="px-2 py-3 text-center"><HariCell hari={h} /></td>
                    ))}
                    <td className="px-2 py-3 text-right tabular-nums">{formatDesimal(row.totalMenit / 60, 1)} jam</td>
                    <td className="px-2 py-3 text-right tabular-nums">{row.belumIsi} hari</td>
                    <td className="px-3 py-3 text-right tabular-nums"><Menunggu row={row} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="space-y-3 md:hidden" aria-label="Bawahan">
            {list.rows.map((row) => (
              <li key={row.pegawai.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
                <Link href={detail(row.pegawai.id)} className="font-medium text-blue-700 underline">{row.pegawai.nama}</Link>
                <p className="text-xs text-slate-500">NIP {formatNip(row.pegawai.nip)}</p>
                <dl className="mt-2 grid grid-cols-3 gap-2 text-center text-xs">
                  {row.hari.map((h) => (
                    <div key={h.tanggal} className="rounded border border-slate-100 p-1">
                      <dt className="text-slate-500">{namaHari(h.tanggal)} {tanggalPendek(h.tanggal)}</dt>
                      <dd className="mt-0.5"><HariCell hari={h} /></dd>
                    </div>
                  ))}
                </dl>
                <p className="mt-2 text-sm text-slate-700">
                  {formatDesimal(row.totalMenit / 60, 1)} jam · {row.belumIsi} hari belum isi · <Menunggu row={row} />
                </p>
              </li>
            ))}
          </ul>
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} pageSize={PROGRES_BAWAHAN_PAGE_SIZE} hrefFor={(p) => hrefFor(senin, p)} />
        </>
      )}
    </>
  );
}

function Menunggu({ row }: { row: ProgresBawahanRow }) {
  return row.menunggu > 0 ? <span className="font-semibold text-amber-900">{row.menunggu} menunggu</span> : <span className="text-slate-500">0 menunggu</span>;
}

function tanggalPendek(t: string): string {
  const d = fromIsoDate(t);
  return `${d.getUTCDate()} ${NAMA_BULAN[d.getUTCMonth()]!.slice(0, 3)}`;
}
