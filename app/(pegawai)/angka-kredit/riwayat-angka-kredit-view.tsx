import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { StatusBadge } from "@/components/status-badge";
import { LABEL_JENJANG_FUNGSIONAL, LABEL_PREDIKAT } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { periodeLabel } from "@/lib/domain/periode";
import type { DasarTahun, PeriodeAngkaKredit, TahunAngkaKredit } from "@/lib/domain/riwayat-angka-kredit";
import { formatTanggal } from "@/lib/domain/tanggal";
import type { AngkaKreditPegawai } from "@/lib/server/queries/angka-kredit";

/** Indonesian figures: `10,938`, always with the three decimals angka kredit carries. */
const angka = (n: number) => n.toLocaleString("id-ID", { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const desimal = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 3 });

const DASAR: Record<DasarTahun, string> = {
  TAHUNAN: "dari penilaian tahunan yang sudah final",
  PERIODIK: "jumlah penilaian periodik yang sudah final (penilaian tahunan belum final)",
  BELUM_ADA: "belum ada penilaian final",
};

/** The history page for the pegawai themself, their atasan or the admin (who sees `sendiri` false). */
export function RiwayatAngkaKreditView({ data, sendiri }: { data: AngkaKreditPegawai; sendiri: boolean }) {
  const { pegawai, riwayat, sebagian } = data;
  if (!pegawai.fungsional) {
    return (
      <EmptyState
        title="Angka kredit hanya untuk jabatan fungsional"
        description={`${sendiri ? "Jabatan Anda" : `Jabatan ${pegawai.nama}`} bukan jabatan fungsional, sehingga penilaian kinerja tidak dikonversi menjadi angka kredit. Bila data jabatan keliru, ${sendiri ? "ajukan perbaikan kepada admin instansi" : "perbaiki di data pegawai"}.`}
      />
    );
  }
  return (
    <div className="space-y-6">
      <section aria-labelledby="ringkasan-ak" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="ringkasan-ak" className="text-lg font-semibold text-slate-900">Ringkasan</h2>
        <dl className="mt-2 grid gap-3 text-sm sm:grid-cols-3">
          <Isian label="Pegawai">
            {pegawai.nama}
            <span className="block font-mono text-xs text-slate-600">{formatNip(pegawai.nip)}</span>
          </Isian>
          <Isian label="Jenjang saat ini">{pegawai.jenjang ? LABEL_JENJANG_FUNGSIONAL[pegawai.jenjang] : "Belum diisi"}</Isian>
          {/* An atasan sees the years they rated only (skpTerlihat): a career total would add up the
              years someone else rated, so they get the sum of their own years, named as such. */}
          <Isian label={sebagian ? "Jumlah tahun yang Anda nilai" : "Total angka kredit"}>
            <strong className="text-xl tabular-nums text-slate-900" data-testid="total-angka-kredit">{angka(riwayat.total)}</strong>
          </Isian>
        </dl>
        {sebagian ? (
          <p className="mt-3 text-sm text-slate-700" data-testid="cakupan-sebagian">
            Anda melihat tahun ketika Anda menjadi pejabat penilai {pegawai.nama} saja. Total angka kredit seluruh tahun hanya dilihat oleh pegawai dan admin instansi.
          </p>
        ) : null}
      </section>

      {!riwayat.adaFinal ? (
        <EmptyState
          title="Belum ada penilaian final"
          description={
            sendiri
              ? "Angka kredit dihitung dari predikat penilaian yang sudah difinalkan pejabat penilai. Isi realisasi dan bukti dukung di halaman Penilaian, lalu minta atasan Anda memfinalkan penilaiannya."
              : "Angka kredit muncul setelah pejabat penilai memfinalkan penilaian pegawai ini."
          }
          action={sendiri ? <Link href="/penilaian" className="text-sm font-medium text-blue-700 underline hover:text-blue-900">Buka Penilaian</Link> : null}
        />
      ) : null}

      {riwayat.tahun.map((t) => <TahunSection key={t.tahun} tahun={t} kumulatif={!sebagian} />)}

      <section aria-labelledby="cara-hitung" className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700">
        <h2 id="cara-hitung" className="text-base font-semibold text-slate-900">Cara menghitung</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>Angka kredit periode = (jumlah bulan ÷ 12) × persentase predikat × koefisien tahunan jenjang, dibulatkan 3 desimal.</li>
          <li>Persentase predikat: Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan 75 %, Kurang 50 %, Sangat Kurang 25 %.</li>
          <li>Jenjang dan koefisien yang dipakai adalah yang tercatat saat penilaian difinalkan, bukan jenjang saat ini.</li>
          <li>Angka kredit satu tahun memakai penilaian tahunan bila sudah final; bila belum, jumlah penilaian periodik yang sudah final (triwulan, atau bulanan bila tidak ada triwulan).</li>
          <li>Hanya penilaian final yang dihitung. Penilaian yang dibuka kembali dihitung lagi setelah difinalkan ulang.</li>
          <li>&ldquo;Yang dikirim ke SIASN&rdquo; adalah isian konversi angka kredit (isKonversi = 1) dari penilaian tahunan yang final; penilaian bulanan atau triwulan tidak dikirim sebagai angka kredit agar bulan yang sama tidak terhitung dua kali.</li>
        </ul>
      </section>
    </div>
  );
}

/** `kumulatif` false for a partial view, where a running total from some year would read as the career total. */
function TahunSection({ tahun: t, kumulatif }: { tahun: TahunAngkaKredit; kumulatif: boolean }) {
  return (
    <section aria-labelledby={`tahun-${t.tahun}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h2 id={`tahun-${t.tahun}`} className="text-lg font-semibold text-slate-900">Tahun {t.tahun}</h2>
        <p className="text-sm text-slate-700">
          Angka kredit tahun ini <strong className="tabular-nums text-slate-900">{angka(t.jumlah)}</strong>
          {kumulatif ? (
            <>
              {" "}· kumulatif <strong className="tabular-nums text-slate-900">{angka(t.kumulatif)}</strong>
            </>
          ) : null}
        </p>
      </div>
      <p className="px-4 pt-2 text-xs text-slate-600">Dasar: {DASAR[t.dasar]}.</p>
      <ul className="grid gap-3 p-4 md:grid-cols-2">
        {t.periode.map((p) => <PeriodeCard key={p.penilaianId} periode={p} />)}
      </ul>
    </section>
  );
}

function PeriodeCard({ periode: p }: { periode: PeriodeAngkaKredit }) {
  return (
    <li className={`rounded-md border p-3 text-sm ${p.dihitung ? "border-blue-200 bg-blue-50/40" : "border-slate-200"}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{periodeLabel(p.jenis, p.urutan)}</h3>
        {p.predikat ? <StatusBadge tone="success">{LABEL_PREDIKAT[p.predikat]}</StatusBadge> : <StatusBadge>Belum final</StatusBadge>}
      </div>
      <p className="text-xs text-slate-600">
        {formatTanggal(p.awal)} – {formatTanggal(p.akhir)} · {p.bulan} bulan
      </p>
      <dl className="mt-2 grid grid-cols-2 gap-2">
        <Isian label="Jenjang (koefisien)">
          {p.jenjang ? `${LABEL_JENJANG_FUNGSIONAL[p.jenjang]} (${desimal(p.koefisien!)})` : "-"}
          {p.jenjangSaatIni ? <span className="block text-xs text-slate-600">jenjang saat ini; tidak tercatat saat final</span> : null}
        </Isian>
        <Isian label="Angka kredit">
          <span className="tabular-nums font-semibold text-slate-900">{p.nilai === null ? "-" : angka(p.nilai)}</span>
          {p.persen !== null ? <span className="block text-xs text-slate-600">{p.persen} % × koefisien</span> : null}
          {p.nilai !== null && !p.dihitung ? <span className="block text-xs text-slate-600">tidak masuk jumlah tahun ini</span> : null}
        </Isian>
      </dl>
      {p.siasn ? (
        <div className="mt-2 rounded bg-slate-50 p-2 text-xs text-slate-700">
          <p className="font-medium text-slate-900">Yang dikirim ke SIASN</p>
          <p className="break-words font-mono">
            kreditUtamaBaru {p.siasn.kreditUtamaBaru} · {p.siasn.bulanMulaiPenilaian}/{p.siasn.tahunMulaiPenilaian}–{p.siasn.bulanSelesaiPenilaian}/
            {p.siasn.tahunSelesaiPenilaian} · isKonversi {p.siasn.isKonversi}
          </p>
        </div>
      ) : null}
    </li>
  );
}

function Isian({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}
