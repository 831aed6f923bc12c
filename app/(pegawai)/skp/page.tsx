import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { Notice } from "@/components/notice";
import { PageHeader } from "@/components/page-header";
import { SkpStatusBadge } from "@/components/skp/skp-status-badge";
import { LABEL_LAYOUT_SKP, LABEL_PENDEKATAN } from "@/lib/domain/labels";
import { PecahGarisMiring } from "@/components/pecah-garis-miring";
import { formatPeriodeSkp, periodeKosongPertama } from "@/lib/domain/skp-periode";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { requireActor } from "@/lib/server/auth";
import { getSkpCreateContext, listSkpForPegawai } from "@/lib/server/queries/skp";
import { SkpCreateForm } from "./skp-create-form";

export const metadata: Metadata = { title: "SKP Saya" };

export default async function SkpListPage() {
  const actor = await requireActor();
  const [daftar, ctx] = await Promise.all([listSkpForPegawai(actor), getSkpCreateContext(actor)]);
  const sebelumnya = daftar.map((s) => ({ id: s.id, label: `${formatPeriodeSkp(s)} (${s.jumlahRhk} RHK)` }));
  const pilihan = ctx.tahunTerbuka.flatMap((t) => {
    const kosong = periodeKosongPertama(t.tahun, daftar);
    return kosong ? [{ tahun: t.tahun, ...kosong }] : [];
  });
  // The year being worked in now, not the newest one the admin happened to open.
  const tahunIni = hariIniDi(actor.zonaWaktu, new Date()).getUTCFullYear();
  const tahunAwal = [...pilihan].sort((a, b) => Math.abs(a.tahun - tahunIni) - Math.abs(b.tahun - tahunIni))[0]?.tahun ?? tahunIni;

  return (
    <>
      <PageHeader title="SKP Saya" description="Sasaran Kinerja Pegawai: rencana hasil kerja Anda untuk setiap periode." />
      {ctx.atasan ? null : (
        <div className="mb-4">
          <Notice tone="warning" title="Atasan Anda belum diatur">
            Anda tetap dapat menyusun SKP, tetapi belum dapat mengajukannya karena belum ada pejabat penilai. Minta admin
            instansi{ctx.adminNama?.length ? ` (${ctx.adminNama.join(", ")})` : ""} mengatur atasan Anda, atau ajukan atasan
            dari halaman <Link href="/profil" className="underline">Profil</Link>.
          </Notice>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="daftar-skp">
          <h2 id="daftar-skp" className="sr-only">Daftar SKP</h2>
          {daftar.length === 0 ? (
            <EmptyState
              title="Anda belum memiliki SKP"
              description="Mulai dengan “Tambah Periode SKP”: pilih periode (biasanya 1 Januari – 31 Desember) dan pendekatan, lalu isi Rencana Hasil Kerja dan indikatornya."
            />
          ) : (
            <ul className="space-y-3">
              {daftar.map((s) => (
                <li key={s.id}>
                  <Link
                    href={`/skp/${s.id}`}
                    className="flex flex-col items-start gap-2 rounded-lg border border-slate-200 bg-white p-4 hover:border-blue-300 sm:flex-row sm:items-center sm:justify-between"
                  >
                    <div>
                      <p className="font-semibold text-slate-900">{formatPeriodeSkp(s)}</p>
                      <p className="text-sm text-slate-600">
                        {LABEL_PENDEKATAN[s.pendekatan]} · Format <PecahGarisMiring teks={LABEL_LAYOUT_SKP[s.layout]} /> · {s.jumlahRhk} RHK
                      </p>
                    </div>
                    <SkpStatusBadge status={s.statusTampil} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="tambah-skp" className="h-fit rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="tambah-skp" className="mb-3 font-semibold text-slate-900">Tambah Periode SKP</h2>
          {ctx.tahunTerbuka.length === 0 ? (
            <p className="text-sm text-slate-700">
              Belum ada tahun penilaian yang dibuka. Admin instansi perlu membuka tahun terlebih dahulu.
            </p>
          ) : pilihan.length === 0 ? (
            <SkpSudahAda tahun={ctx.tahunTerbuka.map((t) => t.tahun)} daftar={daftar} />
          ) : (
            <SkpCreateForm pilihan={pilihan} tahunAwal={tahunAwal} sebelumnya={sebelumnya} />
          )}
          {ctx.atasan ? (
            <p className="mt-3 text-xs text-slate-600">Pejabat penilai: {namaDenganGelar(ctx.atasan)} ({ctx.atasan.jabatan})</p>
          ) : null}
        </section>
      </div>
    </>
  );
}

/** In place of the form once every open year has its SKP: where the work goes on instead. */
function SkpSudahAda({ tahun, daftar }: { tahun: number[]; daftar: { id: string; tahun: number; periodeAwal: Date; periodeAkhir: Date }[] }) {
  const terbaru = tahun.flatMap((t) => daftar.filter((s) => s.tahun === t).slice(0, 1));
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>SKP Anda untuk tahun {tahun.join(", ")} sudah ada, untuk seluruh tahun tersebut. Tidak ada periode yang perlu ditambahkan.</p>
      <p>Lanjutkan di SKP itu: isi Rencana Hasil Kerja, lalu ajukan ke pejabat penilai.</p>
      <ul className="space-y-1">
        {terbaru.map((s) => (
          <li key={s.id}>
            <Link href={`/skp/${s.id}`} className="font-medium text-blue-700 underline">Buka SKP {formatPeriodeSkp(s)}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
