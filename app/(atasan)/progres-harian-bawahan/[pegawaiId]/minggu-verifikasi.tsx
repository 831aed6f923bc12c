"use client";

import { useState } from "react";
import { VerifikasiBadge } from "@/components/progres-harian/verifikasi-badge";
import { buttonClass } from "@/components/skp/form-field";
import { formatDurasi, formatJam } from "@/lib/domain/hari-kerja";
import { namaHari } from "@/lib/domain/progres-harian-verifikasi";
import { formatTanggal, fromIsoDate } from "@/lib/domain/tanggal";
import { verifikasiMingguProgresHarian, verifikasiProgresHarian } from "@/lib/server/actions/progres-harian-verifikasi";
import type { EntriBawahan, ProgresHarianBawahanMinggu } from "@/lib/server/queries/progres-harian-bawahan-minggu";
import { HariCell } from "../hari-cell";
import { KeputusanDialog } from "./keputusan-dialog";
import { UmpanBalikDialog } from "./umpan-balik-dialog";

/** One bawahan's week: every entry by day, verified one by one, by selection, or all at once. */
export function MingguVerifikasi({ data }: { data: ProgresHarianBawahanMinggu }) {
  const [terpilih, setTerpilih] = useState<ReadonlySet<string>>(new Set());
  const semua = data.hari.flatMap((h) => h.entri);
  const pilihan = semua.filter((e) => terpilih.has(e.id));
  const toggle = (id: string) =>
    setTerpilih((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <p className="mr-auto text-sm text-slate-700">
          {semua.length} kegiatan · <span className="font-semibold">{data.menunggu} menunggu verifikasi</span>
        </p>
        {pilihan.length > 0 ? (
          <KeputusanDialog
            judul={`${pilihan.length} kegiatan terpilih`}
            triggerLabel={`Verifikasi terpilih (${pilihan.length})`}
            triggerClassName={buttonClass.secondary}
            jumlah={pilihan.length}
            simpan={(v) => verifikasiProgresHarian({ ...v, entri: pilihan.map((e) => ({ id: e.id, version: e.version })) })}
            onDone={() => setTerpilih(new Set())}
          />
        ) : null}
        {data.menunggu > 0 ? (
          <KeputusanDialog
            judul="minggu ini"
            triggerLabel="Verifikasi semua yang menunggu"
            triggerClassName={buttonClass.primary}
            jumlah={data.menunggu}
            simpan={(v) => verifikasiMingguProgresHarian({ ...v, pegawaiId: data.pegawai.id, minggu: data.senin, jumlah: data.menunggu })}
          />
        ) : null}
      </div>
      {data.hari.map((hari) => (
        <section key={hari.tanggal} aria-labelledby={`hari-${hari.tanggal}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2">
            <h2 id={`hari-${hari.tanggal}`} className="font-semibold text-slate-900">
              {namaHari(hari.tanggal)}, {formatTanggal(fromIsoDate(hari.tanggal))}
              {hari.libur ? <span className="ml-2 text-sm font-normal text-slate-500">Libur: {hari.libur}</span> : null}
            </h2>
            <HariCell hari={hari} />
          </header>
          {hari.entri.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-600">Tidak ada kegiatan.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {hari.entri.map((e) => (
                <EntriItem key={e.id} entri={e} dipilih={terpilih.has(e.id)} toggle={() => toggle(e.id)} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function EntriItem({ entri, dipilih, toggle }: { entri: EntriBawahan; dipilih: boolean; toggle: () => void }) {
  const jam = `${formatJam(entri.jamMulai)}–${formatJam(entri.jamSelesai)}`;
  return (
    <li className="grid grid-cols-[auto_minmax(0,1fr)] gap-3 px-4 py-3 sm:grid-cols-[auto_minmax(0,1fr)_auto]">
      <input type="checkbox" checked={dipilih} onChange={toggle} className="mt-1 size-4" aria-label={`Pilih ${entri.kegiatan} (${jam})`} />
      <div className="min-w-0 space-y-1 text-sm">
        <p className="font-medium text-slate-900">
          <span className="tabular-nums">{jam}</span> <span className="font-normal text-slate-500">({formatDurasi(entri.jamSelesai - entri.jamMulai)})</span>
        </p>
        <p className="break-words text-slate-900">{entri.kegiatan}</p>
        <p className="text-slate-600">
          <span className="font-medium">Rencana aksi:</span> {entri.rencanaAksi} <span className="text-slate-500">· RHK: {entri.rhk}</span>
        </p>
        <p className="text-slate-600">
          <span className="font-medium">Realisasi:</span> {entri.realisasi} {entri.satuan}
          {entri.sumberData ? <> · Sumber data: {entri.sumberData}</> : null}
        </p>
        {entri.tautanBukti ? (
          <a href={entri.tautanBukti} target="_blank" rel="noopener noreferrer" className="break-all text-blue-700 underline">
            Bukti dukung<span className="sr-only"> untuk {entri.kegiatan} (membuka tab baru)</span>
          </a>
        ) : (
          <p className="text-slate-500">Tanpa tautan bukti.</p>
        )}
        <VerifikasiBadge entri={entri} />
      </div>
      <div className="col-start-2 flex flex-wrap items-start gap-1.5 sm:col-start-auto sm:flex-col sm:items-end">
        <KeputusanDialog
          judul="kegiatan"
          triggerLabel="Verifikasi"
          triggerClassName={buttonClass.small}
          triggerAriaLabel={`Verifikasi ${entri.kegiatan} (${jam})`}
          jumlah={1}
          simpan={(v) => verifikasiProgresHarian({ ...v, entri: [{ id: entri.id, version: entri.version }] })}
        />
        <UmpanBalikDialog entri={entri} />
      </div>
    </li>
  );
}
