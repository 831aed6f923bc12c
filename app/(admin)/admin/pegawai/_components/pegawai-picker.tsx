"use client";

import { useId, useState, useTransition } from "react";
import { buttonClass, inputClass } from "@/components/skp/form-field";
import { formatNip } from "@/lib/domain/nip";
import { cariPegawai, type PegawaiOption } from "@/lib/server/actions/admin-pegawai-cari";
import { callAction } from "@/lib/http/call-action";

type Selected = { id: string; nama: string; nip: string } | null;

type Props = {
  id: string;
  label: string;
  value: Selected;
  onChange: (value: Selected) => void;
  /** Leave this pegawai out of the results. */
  kecualiId?: string;
  error?: string;
  allowEmpty?: boolean;
};

/**
 * Search-then-pick for one pegawai of the admin's instansi. Searching happens on the server,
 * so it stays fast with thousands of pegawai; Enter in the box searches instead of submitting.
 */
export function PegawaiPicker({ id, label, value, onChange, kecualiId, error, allowEmpty }: Props) {
  const [q, setQ] = useState("");
  const [hasil, setHasil] = useState<PegawaiOption[] | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const statusId = useId();

  const cari = () =>
    startTransition(async () => {
      const result = await callAction(() => cariPegawai({ q, kecualiId: kecualiId ?? "" }));
      setHasil(result.ok ? result.data : []);
      setPesan(result.ok ? (result.data.length === 0 ? "Tidak ada pegawai aktif yang cocok." : null) : (result.fieldErrors?.q?.[0] ?? result.message ?? null));
    });

  const describedBy = [error ? `${id}-error` : null, statusId].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      {value ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
          <span className="font-medium">{value.nama}</span>
          <span className="font-mono text-xs text-slate-600">{formatNip(value.nip)}</span>
          <button type="button" className={`${buttonClass.small} ml-auto`} onClick={() => onChange(null)}>
            {allowEmpty ? "Kosongkan / ganti" : "Ganti"}
          </button>
        </div>
      ) : (
        <div className="flex gap-2">
          <input
            id={id}
            type="search"
            value={q}
            placeholder="Ketik nama atau NIP, lalu Cari"
            className={inputClass}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                cari();
              }
            }}
          />
          <button type="button" className={buttonClass.secondary} onClick={cari} disabled={pending}>
            {pending ? "Mencari…" : "Cari"}
          </button>
        </div>
      )}
      <p id={statusId} role="status" className="text-xs text-slate-600">{value ? null : pesan}</p>
      {!value && hasil && hasil.length > 0 ? (
        <ul aria-label={`Hasil pencarian ${label.toLowerCase()}`} className="max-h-56 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 bg-white">
          {hasil.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="w-full px-3 py-2 text-left text-sm hover:bg-blue-50 focus:bg-blue-50"
                onClick={() => {
                  onChange({ id: p.id, nama: p.nama, nip: p.nip });
                  setHasil(null);
                }}
              >
                <span className="block font-medium text-slate-900">{p.nama}</span>
                <span className="block text-xs text-slate-600">
                  {formatNip(p.nip)} · {p.jabatan}
                  {p.unit ? ` · ${p.unit}` : ""}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <p id={`${id}-error`} className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
