import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { awalMinggu } from "@/lib/domain/hari-kerja";
import { parseMingguParam } from "@/lib/domain/progres-harian-verifikasi";
import { toIsoDate } from "@/lib/domain/tanggal";
import { parsePage } from "@/lib/domain/url-params";
import { requireActor } from "@/lib/server/auth";
import { listProgresHarianBawahan, PROGRES_BAWAHAN_PAGE_SIZE } from "@/lib/server/queries/progres-harian-bawahan";
import { BawahanMingguTable } from "./bawahan-minggu-table";
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
          <BawahanMingguTable senin={senin} tanggal={list.tanggal} libur={list.libur} rows={list.rows} mingguQuery={senin !== mingguIni ? `?minggu=${senin}` : ""} />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} pageSize={PROGRES_BAWAHAN_PAGE_SIZE} hrefFor={(p) => hrefFor(senin, p)} />
        </>
      )}
    </>
  );
}
