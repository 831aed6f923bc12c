"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { umumkanHasil } from "@/components/hasil-aksi";
import type { CariPegawai, PegawaiTerpilih } from "@/components/pegawai-picker";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import type { ActionResult } from "@/lib/server/define-action";
import { callAction } from "@/lib/http/call-action";
import { IsianPegawai } from "./isian-pegawai";

export type Isian = {
  name: string;
  label: string;
  kind?: "text" | "textarea" | "select" | "pegawai";
  options?: { value: string; label: string }[];
  defaultValue?: string;
  /** kind "pegawai": the one chosen now (the team's ketua when changing it). */
  pegawai?: PegawaiTerpilih;
  /** kind "pegawai": a note per pegawai id, shown once that pegawai is picked. */
  keterangan?: Record<string, string>;
};

type Props = {
  /** A server action taking `tetap` plus the fields by name. */
  aksi: (input: never) => Promise<ActionResult<unknown>>;
  tetap: Record<string, unknown>;
  isian: Isian[];
  tombol: string;
  berhasil: string;
  /** Unique on the page: the fields' ids start with it. */
  idForm: string;
  /** The search behind every kind "pegawai" field. */
  cariPegawai?: CariPegawai;
};

/**
 * The small forms of a Tim Kerja (create, add anggota, add team RHK, a role, an umpan balik):
 * each error next to its field, a toast on success, and the page refreshed with the new version.
 */
export function FormAksi({ aksi, tetap, isian, tombol, berhasil, idForm, cariPegawai }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  // A picker without a starting pegawai is emptied after a save by mounting it afresh.
  const [putaran, setPutaran] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const nilai = Object.fromEntries(isian.map((i) => [i.name, String(new FormData(form).get(i.name) ?? "")]));
    setPending(true);
    const jalankan = aksi as unknown as (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
    const result = await callAction(() => jalankan({ ...tetap, ...nilai }));
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.fieldErrors ? null : (result.message ?? "Gagal menyimpan."));
      return;
    }
    setErrors({});
    setMessage(null);
    form.reset();
    setPutaran((n) => n + 1);
    umumkanHasil(berhasil);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {isian.map((i) => {
        const id = `${idForm}-${i.name}`;
        const error = errors[i.name]?.[0];
        const aria = fieldAria(id, error);
        if (i.kind === "pegawai" && cariPegawai) {
          return <IsianPegawai key={i.pegawai ? i.name : `${i.name}-${putaran}`} id={id} name={i.name} label={i.label} cari={cariPegawai} awal={i.pegawai} keterangan={i.keterangan} error={error} />;
        }
        return (
          <FormField key={i.name} id={id} label={i.label} error={error} required>
            {i.kind === "select" ? (
              <select name={i.name} defaultValue={i.defaultValue ?? ""} className={inputClass} {...aria}>
                <option value="">Pilih…</option>
                {i.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : i.kind === "textarea" ? (
              <textarea name={i.name} rows={3} defaultValue={i.defaultValue} className={inputClass} {...aria} />
            ) : (
              <input name={i.name} defaultValue={i.defaultValue} className={inputClass} {...aria} />
            )}
          </FormField>
        );
      })}
      <ActionMessage message={message} />
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Menyimpan…" : tombol}
      </button>
    </form>
  );
}
