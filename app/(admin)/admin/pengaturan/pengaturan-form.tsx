"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { LABEL_ZONA_WAKTU, ZONA_WAKTU } from "@/lib/domain/zona-waktu";
import { pengaturanSchema, type PengaturanInput, type PengaturanOutput } from "@/lib/schemas/admin-pengaturan";
import { updatePengaturan } from "@/lib/server/actions/admin-pengaturan";
import { useAdminAction } from "../pegawai/_components/use-admin-action";

const MODE = [
  {
    value: "PERINGATAN",
    judul: "Peringatan",
    uraian: "Atasan diperingatkan bila sebaran predikat unitnya tidak sesuai kurva distribusi, tetapi tetap dapat memfinalkan penilaian.",
  },
  {
    value: "BLOKIR",
    judul: "Blokir",
    uraian: "Atasan tidak dapat memfinalkan penilaian selama sebaran predikat unitnya tidak sesuai kurva distribusi.",
  },
] as const;

const POLA = [
  { value: "5", judul: "5 hari kerja", uraian: "Senin sampai Jumat." },
  { value: "6", judul: "6 hari kerja", uraian: "Senin sampai Sabtu." },
] as const;

export function PengaturanForm({ initial }: { initial: PengaturanInput }) {
  const { pending, message, run } = useAdminAction();
  const [tersimpan, setTersimpan] = useState(false);
  const { register, handleSubmit, setError, formState, reset, getValues } = useForm<PengaturanInput, unknown, PengaturanOutput>({
    resolver: zodResolver(pengaturanSchema),
    defaultValues: initial,
  });
  const err = (k: keyof PengaturanInput) => formState.errors[k]?.message;
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);
  const onSubmit = handleSubmit((values) => {
    setTersimpan(false);
    const tersimpanBersih = () => {
      reset(getValues());
      setTersimpan(true);
    };
    run(() => updatePengaturan(values), { setError, onSuccess: tersimpanBersih });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <fieldset aria-describedby={err("modeKurva") ? "modeKurva-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Kurva distribusi predikat</legend>
        <p className="mb-2 text-xs text-slate-600">
          Berlaku saat atasan memfinalkan penilaian, berdasarkan capaian kinerja organisasi unit (SE MenPANRB 3/2023).
        </p>
        <div className="space-y-2">
          {MODE.map((m) => (
            <label key={m.value} className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-blue-600 has-[:checked]:bg-blue-50">
              <input type="radio" value={m.value} className="mt-1" {...register("modeKurva")} />
              <span>
                <span className="block text-sm font-medium text-slate-900">{m.judul}</span>
                <span className="block text-sm text-slate-600">{m.uraian}</span>
              </span>
            </label>
          ))}
        </div>
        {err("modeKurva") ? <p id="modeKurva-error" className="mt-1 text-sm text-red-700">{err("modeKurva")}</p> : null}
      </fieldset>
      <FormField id="lokasi" label="Lokasi penandatanganan" error={err("lokasi")} hint="Tercetak di samping tanggal pada tanda tangan dokumen, misalnya “Bandung, 31 Desember 2026”." required>
        <input className={inputClass} {...fieldAria("lokasi", err("lokasi"), true)} {...register("lokasi")} />
      </FormField>
      <fieldset aria-describedby={err("hariKerjaPerMinggu") ? "hariKerjaPerMinggu-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Pola hari kerja</legend>
        <p className="mb-2 text-xs text-slate-600">Menentukan hari yang wajib diisi Progres Harian, selain hari libur.</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {POLA.map((p) => (
            <label key={p.value} className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-blue-600 has-[:checked]:bg-blue-50">
              <input type="radio" value={p.value} className="mt-1" {...register("hariKerjaPerMinggu")} />
              <span>
                <span className="block text-sm font-medium text-slate-900">{p.judul}</span>
                <span className="block text-sm text-slate-600">{p.uraian}</span>
              </span>
            </label>
          ))}
        </div>
        {err("hariKerjaPerMinggu") ? <p id="hariKerjaPerMinggu-error" className="mt-1 text-sm text-red-700">{err("hariKerjaPerMinggu")}</p> : null}
      </fieldset>
      <FormField id="targetJamHarian" label="Target jam kerja harian" error={err("targetJamHarian")} hint="Jumlah jam yang diharapkan terisi di Progres Harian setiap hari kerja, misalnya 7,5." required>
        <input className={`${inputClass} max-w-32`} inputMode="decimal" {...fieldAria("targetJamHarian", err("targetJamHarian"), true)} {...register("targetJamHarian")} />
      </FormField>
      <FormField
        id="zonaWaktu"
        label="Zona waktu"
        error={err("zonaWaktu")}
        hint="Batas pengisian berlaku sampai pukul 24.00 di zona ini; pengingat dan jam yang tampil juga memakainya."
        required
      >
        <select className={inputClass} {...fieldAria("zonaWaktu", err("zonaWaktu"), true)} {...register("zonaWaktu")}>
          {ZONA_WAKTU.map((z) => (
            <option key={z} value={z}>
              {LABEL_ZONA_WAKTU[z]}
            </option>
          ))}
        </select>
      </FormField>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Kirim ke SIASN</legend>
        <label className="mt-2 flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-blue-600 has-[:checked]:bg-blue-50">
          <input type="checkbox" className="mt-1" {...register("kirimSiasnOtomatis")} />
          <span>
            <span className="block text-sm font-medium text-slate-900">Kirim otomatis saat penilaian difinalkan</span>
            <span className="block text-sm text-slate-600">
              Tanpa ini, hasil final menunggu di halaman Kirim ke SIASN sampai admin mengirimnya.
            </span>
          </span>
        </label>
      </fieldset>
      <ActionMessage message={message} />
      {peringatan}
      {tersimpan ? <p role="status" className="text-sm text-emerald-800">Pengaturan disimpan.</p> : null}
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan pengaturan"}
      </button>
    </form>
  );
}
