import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { Notice } from "@/components/notice";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { SelectFilter } from "@/components/select-filter";
import { StatusBadge } from "@/components/status-badge";
import type { StatusKirimSiasn } from "@/lib/generated/prisma/enums";
import { LABEL_JENIS_KIRIM_SIASN, STATUS } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { parseEnumParam, parsePage, type UrlParam } from "@/lib/domain/url-params";
import { formatWaktuDi } from "@/lib/domain/zona-waktu";
import { requireActor } from "@/lib/server/auth";
import { getSiasnConfig } from "@/lib/server/siasn/get-client";
import { getHalamanKirim, UKURAN_HALAMAN_KIRIM } from "@/lib/server/queries/kirim-siasn";
import { PantauKemajuan } from "../sinkron/pantau-kemajuan";
import { JobKirimTerakhir } from "./job-kirim";
import { TombolKirim, TombolKirimSemua } from "./tombol-kirim";

export const metadata: Metadata = { title: "Kirim ke SIASN" };

const STATUS_KIRIM = Object.keys(STATUS.kirimSiasn) as StatusKirimSiasn[];

export default async function KirimSiasnPage({ searchParams }: { searchParams: Promise<Record<string, UrlParam>> }) {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;
  const params = await searchParams;
  const status = parseEnumParam(params.status, STATUS_KIRIM);
  const page = parsePage(params.page);
  const data = await getHalamanKirim(actor, { status, page });
  const tersedia = getSiasnConfig() !== null;
  const siap = data.jumlah.SIAP + data.jumlah.GAGAL + data.belumTercatat - data.dalamJob;
  const pageCount = Math.max(1, Math.ceil(data.total / UKURAN_HALAMAN_KIRIM));
  const hrefFor = (p: number) => `/admin/kirim-siasn?${new URLSearchParams({ ...(status ? { status } : {}), page: String(p) })}`;

  return (
    <>
      <PageHeader
        title="Kirim ke SIASN"
        description="Kirim hasil penilaian yang sudah final ke SIASN BKN: kinerja periodik, SKP tahunan dan angka kredit. Pengiriman berjalan di server; Anda boleh menutup halaman ini."
      />
      {tersedia ? null : (
        <div className="mb-6">
          <Notice tone="warning" title="SIASN belum dikonfigurasi">
            Server ini belum terhubung ke SIASN (variabel SIASN_* belum diisi), jadi hasil belum dapat dikirim. Hubungi pengelola aplikasi.
          </Notice>
        </div>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="ringkasan" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="ringkasan" className="font-semibold text-slate-900">Ringkasan</h2>
          <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
            {STATUS_KIRIM.map((s) => (
              <div key={s}>
                <dt className="text-slate-600">{STATUS.kirimSiasn[s].label}</dt>
                <dd className="text-lg font-semibold text-slate-900">{data.jumlah[s] + (s === "SIAP" ? data.belumTercatat : 0)}</dd>
              </div>
            ))}
          </dl>
          <TombolKirimSemua jumlah={siap} nonaktif={!tersedia || siap === 0} />
          {data.dalamJob > 0 ? (
            <p className="mt-2 text-sm text-slate-600">{data.dalamJob} hasil sudah termasuk dalam pengiriman massal terakhir.</p>
          ) : null}
        </section>
        <section aria-labelledby="otomatis" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="otomatis" className="font-semibold text-slate-900">Kirim otomatis</h2>
          <p className="mt-1 text-sm text-slate-600">
            Bila aktif, setiap penilaian langsung dikirim ke SIASN begitu atasan memfinalkannya. Penilaian yang dibuka kembali lalu
            difinalkan lagi memperbarui data yang sama di SIASN.
          </p>
          <p className="mt-3 text-sm text-slate-800">
            Saat ini: <strong>{data.otomatis ? "aktif" : "tidak aktif"}</strong>.{" "}
            <Link href="/admin/pengaturan" className="text-blue-700 underline">
              Ubah di Pengaturan
            </Link>
          </p>
        </section>
      </div>

      {data.job ? <JobKirimTerakhir job={data.job} zona={actor.zonaWaktu} nonaktif={!tersedia} /> : null}

      <div className="mt-8 mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">Daftar kiriman</h2>
        <SelectFilter
          action="/admin/kirim-siasn"
          name="status"
          label="Status"
          value={status ?? ""}
          options={[{ value: "", label: "Semua status" }, ...STATUS_KIRIM.map((s) => ({ value: s, label: STATUS.kirimSiasn[s].label }))]}
        />
      </div>
      <PantauKemajuan
        aktif={data.dalamAntrean > 0 || (data.job?.status === "BERJALAN" && !data.job.macet)}
        pesan={`Mengirim ${data.dalamAntrean} hasil ke SIASN; daftar diperbarui otomatis.`}
      />
      {data.baris.length === 0 ? (
        <EmptyState
          title="Belum ada kiriman"
          description={
            data.belumTercatat > 0
              ? `${data.belumTercatat} penilaian final dari sebelum fitur ini ada belum tercatat. "Kirim semua yang siap" mencatat dan mengirimnya.`
              : "Hasil muncul di sini setelah atasan memfinalkan penilaian."
          }
        />
      ) : (
        <ul className="space-y-2">
          {data.baris.map((b) => (
            <li key={b.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0 text-sm">
                <p className="font-semibold text-slate-900">{b.nama}</p>
                <p className="font-mono text-xs text-slate-600">{formatNip(b.nip)}</p>
                <p className="mt-1 text-slate-700">
                  {LABEL_JENIS_KIRIM_SIASN[b.jenis]} · {b.periode}
                </p>
                {b.terakhir ? (
                  <p className="text-xs text-slate-600">
                    Terakhir dikirim {formatWaktuDi(actor.zonaWaktu, b.terakhir.pada)} oleh {b.terakhir.oleh ?? "sistem"}
                    {b.siasnId ? ` · ID SIASN ${b.siasnId}` : ""}
                  </p>
                ) : null}
                {b.status === "GAGAL" && b.pesan ? <p className="mt-1 break-words text-red-700">{b.pesan}</p> : null}
              </div>
              <div className="flex shrink-0 items-center gap-2">
                <StatusBadge status={STATUS.kirimSiasn[b.status]} />
                {b.status === "TERKIRIM" ? null : (
                  <TombolKirim kirimId={b.id} label={b.status === "GAGAL" ? "Coba lagi" : "Kirim"} keterangan={`${LABEL_JENIS_KIRIM_SIASN[b.jenis]} ${b.periode} ${b.nama}`} nonaktif={!tersedia} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} total={data.total} pageSize={UKURAN_HALAMAN_KIRIM} hrefFor={hrefFor} />
    </>
  );
}
