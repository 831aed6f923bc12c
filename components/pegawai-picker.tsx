"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { buttonClass, FieldLabel, inputClass } from "@/components/skp/form-field";
import { useDebounced } from "@/components/use-debounced";
import { formatNip } from "@/lib/domain/nip";
import type { ActionResult } from "@/lib/server/define-action";
import type { PegawaiOption } from "@/lib/server/queries/pegawai-pilihan";
import { callAction } from "@/lib/http/call-action";

export type PegawaiTerpilih = { id: string; nama: string; nip: string } | null;

export type CariPegawai = (input: { q: string; kecualiId: string }) => Promise<ActionResult<PegawaiOption[]>>;

export type PegawaiPickerProps = {
  /** The server action that searches: each caller's own, authorised for whoever uses that form. */
  cari: CariPegawai;
  id: string;
  label: string;
  value: PegawaiTerpilih;
  onChange: (value: PegawaiTerpilih) => void;
  /** Leave this pegawai out of the results. */
  kecualiId?: string;
  error?: string;
  allowEmpty?: boolean;
  /** Marks the label as the other required fields are (a red asterisk). */
  required?: boolean;
};

type Pencarian = { q: string; hasil: PegawaiOption[]; pesan: string | null };

/**
 * Search-as-you-type for one pegawai of the actor's instansi. Searching happens on the server
 * (at most 10 rows), so it stays fast with thousands of pegawai; it runs once typing pauses.
 * Arrow keys move between the input and the results; the count is announced as it changes.
 */
export function PegawaiPicker({ cari: cariAksi, id, label, value, onChange, kecualiId, error, allowEmpty, required }: PegawaiPickerProps) {
  const [q, setQ] = useState("");
  const cari = useDebounced(q.trim());
  const [selesai, setSelesai] = useState<Pencarian | null>(null);
  const statusId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (cari.length < 2) return;
    let batal = false;
    void callAction(() => cariAksi({ q: cari, kecualiId: kecualiId ?? "" })).then((result) => {
      // A slower answer to an older query must not replace the newer one.
      if (batal) return;
      const hasil = result.ok ? result.data : [];
      const pesan = result.ok ? null : (result.fieldErrors?.q?.[0] ?? result.message ?? null);
      setSelesai({ q: cari, hasil, pesan });
    });
    return () => {
      batal = true;
    };
  }, [cari, cariAksi, kecualiId]);

  const ketikan = q.trim();
  const aktif = ketikan.length >= 2 && selesai?.q === ketikan ? selesai : null;
  const memuat = ketikan.length >= 2 && !aktif;
  const status = value ? null : statusText(ketikan, memuat, aktif);

  const fokusHasil = (index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("button");
    if (!buttons || buttons.length === 0) return;
    buttons[Math.max(0, Math.min(index, buttons.length - 1))]?.focus();
  };
  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "ArrowDown") fokusHasil(index + 1);
    else if (e.key === "ArrowUp") {
      if (index <= 0) document.getElementById(id)?.focus();
      else fokusHasil(index - 1);
    } else if (e.key === "Escape") document.getElementById(id)?.focus();
    else return;
    e.preventDefault();
  };

  const describedBy = [error ? `${id}-error` : null, statusId].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <FieldLabel id={id} label={label} required={required} />
      {value ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
          <span className="font-medium">{value.nama}</span>
          <span className="font-mono text-xs text-slate-600">{formatNip(value.nip)}</span>
          <button type="button" className={`${buttonClass.small} ml-auto`} onClick={() => onChange(null)}>
            {allowEmpty ? "Kosongkan / ganti" : "Ganti"}
          </button>
        </div>
      ) : (
        <input
          id={id}
          type="search"
          value={q}
          autoComplete="off"
          placeholder="Ketik nama atau NIP"
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-busy={memuat || undefined}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            // Enter would submit the surrounding form; the search runs by itself.
            if (e.key === "Enter") e.preventDefault();
            if (e.key === "ArrowDown") {
              e.preventDefault();
              fokusHasil(0);
            }
            if (e.key === "Escape" && q) {
              e.preventDefault();
              setQ("");
            }
          }}
        />
      )}
      <p id={statusId} role="status" className="text-xs text-slate-600">{status}</p>
      {!value && aktif && aktif.hasil.length > 0 ? (
        <ul
          ref={listRef}
          aria-label={`Hasil pencarian ${label.toLowerCase()}`}
          onKeyDown={onListKey}
          className="max-h-56 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 bg-white"
        >
          {aktif.hasil.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="w-full px-3 py-2 text-left text-sm hover:bg-blue-50 focus:bg-blue-50"
                onClick={() => {
                  onChange({ id: p.id, nama: p.nama, nip: p.nip });
                  setQ("");
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

function statusText(ketikan: string, memuat: boolean, selesai: Pencarian | null): string | null {
  if (ketikan.length === 0) return null;
  if (ketikan.length < 2) return "Ketik minimal 2 huruf nama atau digit NIP.";
  if (memuat || !selesai) return "Mencari…";
  if (selesai.pesan) return selesai.pesan;
  if (selesai.hasil.length === 0) return "Tidak ada pegawai aktif yang cocok.";
  return `${selesai.hasil.length} pegawai ditemukan; tekan panah bawah untuk memilih.`;
}
