"use client";

import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import { bandingkanProfilSiasn, terapkanSinkronSiasn, type PerbandinganTampil } from "@/lib/server/actions/sinkron-profil";
import type { FieldSinkron } from "@/lib/server/siasn/sync-profil";
import type { SinkronTerakhir } from "@/lib/server/queries/profil";
import { callAction } from "@/lib/http/call-action";

type Props = { configured: boolean; terakhir: SinkronTerakhir | null; lastSyncAt: Date | null; zona: ZonaWaktu };

/** "Sinkron SIASN": compare first, then apply only the ticked rows. */
export function SinkronPanel({ configured, terakhir, lastSyncAt, zona }: Props) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [hasil, setHasil] = useState<PerbandinganTampil | null>(null);
  const [dipilih, setDipilih] = useState<Set<FieldSinkron>>(new Set());

  const bandingkan = () =>
    startTransition(async () => {
      setMessage(null);
      setInfo(null);
      const result = await callAction(() => bandingkanProfilSiasn());
      if (!result.ok) {
        setHasil(null);
        setMessage(result.message ?? null);
        return;
      }
      setHasil(result.data);
      setDipilih(new Set(result.data.perubahan.map((r) => r.field)));
      if (result.data.perubahan.length === 0) setInfo("Data Anda sudah sama dengan SIASN.");
    });

  const terapkan = () =>
    startTransition(async () => {
      if (!hasil) return;
      setMessage(null);
      const result = await callAction(() => terapkanSinkronSiasn({ fields: [...dipilih], version: hasil.version }));
      if (!result.ok) {
        setMessage(result.message ?? null);
        return;
      }
      setHasil(null);
      setInfo(`${result.data.jumlah} data diperbarui dari SIASN.`);
    });

  const toggle = (field: FieldSinkron) =>
    setDipilih((prev) => {
      const next = new Set(prev);
      if (next.has(field)) next.delete(field);
      else next.add(field);
      return next;
    });

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-label="Sinkron SIASN">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-slate-900">Sinkron SIASN</h2>
          <p className="mt-1 text-sm text-slate-600">
            {lastSyncAt ? `Terakhir disinkronkan: ${formatWaktuDi(zona, new Date(lastSyncAt))}` : "Belum pernah disinkronkan."}
          </p>
        </div>
        <button type="button" className={buttonClass.secondary} onClick={bandingkan} disabled={pending || !configured}>
          {pending && !hasil ? "Menghubungi SIASN…" : "Sinkron SIASN"}
        </button>
      </div>
      {!configured ? (
        <p className="mt-3 text-sm text-slate-700">SIASN belum dikonfigurasi untuk aplikasi ini. Hubungi admin instansi.</p>
      ) : null}
      <div className="mt-3 space-y-3">
        <ActionMessage message={message} />
        {info ? <p role="status" className="text-sm text-emerald-800">{info}</p> : null}
        {hasil && hasil.perubahan.length > 0 ? (
          <div className="space-y-3">
            <h3 className="text-sm font-semibold text-slate-900">Data SIASN vs data di aplikasi</h3>
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs text-slate-500">
                  <tr>
                    <th className="py-1 pr-2 font-medium">Terapkan</th>
                    <th className="py-1 pr-2 font-medium">Data</th>
                    <th className="py-1 pr-2 font-medium">Di aplikasi</th>
                    <th className="py-1 font-medium">Di SIASN</th>
                  </tr>
                </thead>
                <tbody>
                  {hasil.perubahan.map((row) => (
                    <tr key={row.field} className="border-t border-slate-100 align-top">
                      <td className="py-2 pr-2">
                        <input
                          type="checkbox"
                          aria-label={`Terapkan ${row.label}`}
                          checked={dipilih.has(row.field)}
                          onChange={() => toggle(row.field)}
                        />
                      </td>
                      <th scope="row" className="py-2 pr-2 font-medium text-slate-700">{row.label}</th>
                      <td className="py-2 pr-2 text-slate-600">{row.lamaTampil}</td>
                      <td className="py-2 font-medium text-slate-900">{row.baruTampil}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {hasil.unitCocokLewatNama ? (
              <p className="text-xs text-slate-500">Unit kerja dicocokkan berdasarkan nama karena daftar unit belum disinkronkan dengan SIASN.</p>
            ) : null}
            <div className="flex gap-2">
              <button type="button" className={buttonClass.primary} onClick={terapkan} disabled={pending || dipilih.size === 0}>
                {pending ? "Menerapkan…" : "Terapkan"}
              </button>
              <button type="button" className={buttonClass.secondary} onClick={() => setHasil(null)} disabled={pending}>
                Batal
              </button>
            </div>
          </div>
        ) : null}
        {terakhir && !hasil ? <RiwayatTerakhir terakhir={terakhir} zona={zona} /> : null}
      </div>
    </section>
  );
}

function RiwayatTerakhir({ terakhir, zona }: { terakhir: SinkronTerakhir; zona: ZonaWaktu }) {
  return (
    <div className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
      <p>
        Sinkron terakhir ({formatWaktuDi(zona, new Date(terakhir.waktu))}): {terakhir.berhasil ? "berhasil" : "gagal"}
        {terakhir.pesan ? ` — ${terakhir.pesan}` : ""}
      </p>
      {terakhir.perubahan.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {terakhir.perubahan.map((p) => (
            <li key={p.field}>
              {p.field}: {p.lama} → {p.baru}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
