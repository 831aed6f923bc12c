import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { RekapLinks } from "@/components/progres-harian/rekap-links";
import { buttonClass } from "@/components/skp/form-field";
import { tambahHari } from "@/lib/domain/hari-kerja";
import { formatTanggal, fromIsoDate, NAMA_BULAN, toIsoDate } from "@/lib/domain/tanggal";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { parseEnumParam, parseTanggalParam, type UrlParam } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { getPilihanProgres, getProgresRentang, type Tampilan } from "@/lib/server/queries/progres-harian";
import { BulanView } from "./bulan-view";
import { HariView } from "./hari-view";
import { MingguView } from "./minggu-view";

export const metadata: Metadata = { title: "Progres Harian" };

const TAMPILAN = ["hari", "minggu", "bulan"] as const;
const LABEL: Record<Tampilan, string> = { hari: "Hari", minggu: "Minggu", bulan: "Bulan" };

export default async function ProgresHarianPage({ searchParams }: { searchParams: Promise<Record<string, UrlParam>> }) {
  const sp = await searchParams;
  const actor = await requireActor();
  const tampilan = parseEnumParam(sp.tampilan, TAMPILAN) ?? "hari";
  const tanggal = parseTanggalParam(sp.tanggal) ?? toIsoDate(hariIniDi(actor.zonaWaktu, new Date()));
  const [data, pilihan] = await Promise.all([getProgresRentang(actor, tampilan, tanggal), tampilan === "hari" ? getPilihanProgres(actor, tanggal) : null]);
  const href = (t: Tampilan, tgl: string) => `/progres-harian?tampilan=${t}&tanggal=${tgl}`;
  const langkah = tampilan === "hari" ? 1 : tampilan === "minggu" ? 7 : 0;
  const geser = (arah: 1 | -1) => (langkah ? tambahHari(tanggal, arah * langkah) : geserBulan(tanggal, arah));

  return (
    <>
      <PageHeader
        title="Progres Harian"
        description="Catat pekerjaan harian Anda pada rencana aksi SKP yang sudah disetujui."
        actions={
          <>
            <RekapLinks pegawaiId={actor.id} tanggal={tanggal} />
            <Link href="/progres-harian/impor" className={buttonClass.small}>Impor CSV/XLSX</Link>
          </>
        }
      />
      <nav aria-label="Tampilan" className="mb-4 flex flex-wrap items-center gap-2">
        {TAMPILAN.map((t) => (
          <Link key={t} href={href(t, tanggal)} aria-current={t === tampilan ? "page" : undefined} className={`rounded-md px-3 py-1.5 text-sm font-medium ${t === tampilan ? "bg-blue-700 text-white" : "border border-slate-300 bg-white text-slate-800"}`}>
            {LABEL[t]}
          </Link>
        ))}
        <span className="mx-1 hidden h-5 w-px bg-slate-300 sm:inline" />
        <Link href={href(tampilan, geser(-1))} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm" aria-label="Sebelumnya">← Sebelumnya</Link>
        <Link href={href(tampilan, toIsoDate(hariIniDi(actor.zonaWaktu, new Date())))} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">Hari ini</Link>
        <Link href={href(tampilan, geser(1))} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm" aria-label="Berikutnya">Berikutnya →</Link>
      </nav>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{judul(tampilan, tanggal, data.awal, data.akhir)}</h2>
      {tampilan === "hari" && pilihan ? <HariView tanggal={tanggal} data={data} pilihan={pilihan} /> : null}
      {tampilan === "minggu" ? <MingguView data={data} hrefHari={(t) => href("hari", t)} /> : null}
      {tampilan === "bulan" ? <BulanView data={data} hrefHari={(t) => href("hari", t)} /> : null}
    </>
  );
}

function geserBulan(tanggal: string, arah: 1 | -1): string {
  const d = fromIsoDate(tanggal);
  return toIsoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + arah, 1)));
}

function judul(tampilan: Tampilan, tanggal: string, awal: string, akhir: string): string {
  if (tampilan === "hari") return `${NAMA_HARI[fromIsoDate(tanggal).getUTCDay()]}, ${formatTanggal(fromIsoDate(tanggal))}`;
  if (tampilan === "minggu") return `Minggu ${formatTanggal(fromIsoDate(awal))} – ${formatTanggal(fromIsoDate(akhir))}`;
  const d = fromIsoDate(tanggal);
  return `${NAMA_BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const NAMA_HARI = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
