"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { formatJam } from "@/lib/domain/hari-kerja";
import { progresHarianFieldsSchema, type ProgresHarianFieldsInput } from "@/lib/schemas/progres-harian";
import { saveProgresHarian } from "@/lib/server/actions/progres-harian";
import type { EntriProgres, PilihanProgres, TemplatProgres } from "@/lib/server/queries/progres-harian";
import { usePelaksanaanMutation } from "../penilaian/use-pelaksanaan-mutation";
import { IsianJam, IsianRealisasi, OpsiRencanaAksi } from "./isian-kegiatan";
import { EDIT_EVENT, SAVED_EVENT, TEMPLAT_EVENT } from "./edit-context";
import { SimpanTemplat } from "./simpan-templat";
import { TemplatPanel } from "./templat-panel";
import { templatDiPeriode } from "./templat-rencana-aksi";
import { RencanaAksiBaru } from "./rencana-aksi-baru";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

type Props = { tanggal: string; pilihan: PilihanProgres };
type Editing = { id: string; version: number; status: EntriProgres["status"] } | null;

const kosong = (tanggal: string): ProgresHarianFieldsInput => ({ tanggal, jamMulai: "", jamSelesai: "", rencanaAksiId: "", indikatorId: "", kegiatan: "", realisasi: "1", satuan: "", tautanBukti: "", sumberData: "" });
const jam = (m: number) => formatJam(m).replace(".", ":");

/** Add or edit one entry; Enter in any single-line field saves. */
export function ProgresForm({ tanggal, pilihan }: Props) {
  const [editing, setEditing] = useState<Editing>(null);
  const { register, handleSubmit, setError, control, reset, setValue, formState } = useForm<ProgresHarianFieldsInput>({ resolver: zodResolver(progresHarianFieldsSchema), defaultValues: kosong(tanggal) });
  const { pending, message, saved, run } = usePelaksanaanMutation(setError);
  const rencanaAksiId = useWatch({ control, name: "rencanaAksiId" });
  const rhk = pilihan.rhk.find((r) => r.rencanaAksi.some((a) => a.id === rencanaAksiId));
  const err = (k: keyof ProgresHarianFieldsInput) => formState.errors[k]?.message;
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);
  const id = (k: string) => `progres-${k}`;

  useEffect(() => {
    const onEdit = (e: Event) => {
      const x = (e as CustomEvent<EntriProgres>).detail;
      setEditing({ id: x.id, version: x.version, status: x.status });
      reset({ tanggal: x.tanggal, jamMulai: jam(x.jamMulai), jamSelesai: jam(x.jamSelesai), rencanaAksiId: x.rencanaAksiId, indikatorId: x.indikatorId ?? "", kegiatan: x.kegiatan, realisasi: String(x.realisasi), satuan: x.satuan, tautanBukti: x.tautanBukti ?? "", sumberData: x.sumberData ?? "" });
      document.getElementById(id("jamMulai"))?.focus();
    };
    const onTemplat = (e: Event) => {
      const t = (e as CustomEvent<TemplatProgres>).detail;
      const ada = templatDiPeriode(t, pilihan);
      for (const [k, v] of [["jamMulai", jam(t.jamMulai)], ["jamSelesai", jam(t.jamSelesai)], ["kegiatan", t.kegiatan], ["realisasi", String(t.realisasi)], ["satuan", t.satuan], ["rencanaAksiId", ada ? (t.rencanaAksiId ?? "") : ""]] as const) setValue(k, v);
      // Saved with a rencana aksi of another periode (or none): say so at the field, to pick one now.
      if (!ada) setError("rencanaAksiId", { message: `Rencana aksi templat "${t.nama}" bukan dari ${pilihan.periode?.label ?? "periode ini"}. Pilih rencana aksi yang dikerjakan.` });
      document.getElementById(id("jamMulai"))?.focus();
    };
    window.addEventListener(EDIT_EVENT, onEdit);
    window.addEventListener(TEMPLAT_EVENT, onTemplat);
    return () => {
      window.removeEventListener(EDIT_EVENT, onEdit);
      window.removeEventListener(TEMPLAT_EVENT, onTemplat);
    };
  }, [reset, setValue, setError, pilihan]);

  const onSubmit = handleSubmit((values) =>
    run(
      () => saveProgresHarian({ ...values, ...(editing ? { progresId: editing.id, version: editing.version } : {}) }),
      (result) => {
        window.dispatchEvent(new CustomEvent<EntriProgres>(SAVED_EVENT, { detail: result.data }));
        setEditing(null);
        reset(kosong(tanggal));
      },
      { refresh: false },
    ),
  );

  return (
    <div className="space-y-4">
      <TemplatPanel tanggal={tanggal} pilihan={pilihan} />
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={editing ? "Ubah kegiatan" : "Tambah kegiatan"}>
        {editing && editing.status !== "MENUNGGU" ? (
          <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">Setelah disimpan, kegiatan ini kembali menunggu verifikasi atasan.</p>
        ) : null}
        <FormField id={id("tanggal")} label="Tanggal" error={err("tanggal")} required>
          <input type="date" className={inputClass} {...fieldAria(id("tanggal"), err("tanggal"))} {...register("tanggal")} />
        </FormField>
        <IsianJam id={id} err={{ kiri: err("jamMulai"), kanan: err("jamSelesai") }} kiri={register("jamMulai")} kanan={register("jamSelesai")} />
        <FormField id={id("rencanaAksiId")} label={`Rencana aksi (${pilihan.periode?.label ?? ""})`} error={err("rencanaAksiId")} required>
          <select
            className={inputClass}
            {...fieldAria(id("rencanaAksiId"), err("rencanaAksiId"))}
            {...register("rencanaAksiId", {
              onChange: (e: { target: { value: string } }) => {
                const r = pilihan.rhk.find((x) => x.rencanaAksi.some((a) => a.id === e.target.value));
                const ind = r?.indikator.find((i) => i.aspek === "KUANTITAS") ?? r?.indikator[0];
                setValue("indikatorId", "");
                if (ind?.satuan) setValue("satuan", ind.satuan);
              },
            })}
          >
            <option value="">Pilih rencana aksi</option>
            <OpsiRencanaAksi rhk={pilihan.rhk} />
          </select>
        </FormField>
        {rhk && rhk.indikator.length > 1 ? (
          <FormField id={id("indikatorId")} label="Dihitung untuk indikator" error={err("indikatorId")}>
            <select className={inputClass} {...fieldAria(id("indikatorId"), err("indikatorId"))} {...register("indikatorId")}>
              <option value="">Indikator kuantitas (bawaan)</option>
              {rhk.indikator.map((i) => <option key={i.id} value={i.id}>{i.teks}</option>)}
            </select>
          </FormField>
        ) : null}
        <FormField id={id("kegiatan")} label="Kegiatan" error={err("kegiatan")} required>
          <textarea rows={2} className={inputClass} {...fieldAria(id("kegiatan"), err("kegiatan"))} {...register("kegiatan")} onKeyDown={(e) => { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); void onSubmit(); } }} />
        </FormField>
        <IsianRealisasi id={id} err={{ kiri: err("realisasi"), kanan: err("satuan") }} kiri={register("realisasi")} kanan={register("satuan")} />
        <FormField id={id("tautanBukti")} label="Tautan bukti dukung (opsional)" error={err("tautanBukti")}>
          <input type="url" className={inputClass} placeholder="https://" {...fieldAria(id("tautanBukti"), err("tautanBukti"))} {...register("tautanBukti")} />
        </FormField>
        <FormField id={id("sumberData")} label="Sumber data (opsional)" error={err("sumberData")}>
          <input className={inputClass} {...fieldAria(id("sumberData"), err("sumberData"))} {...register("sumberData")} />
        </FormField>
        <ActionMessage message={message} />
        {peringatan}
        <div className="flex items-center justify-end gap-3">
          <span role="status" className="text-sm text-emerald-700">{saved && !pending ? "Tersimpan" : ""}</span>
          {editing ? <button type="button" className={buttonClass.secondary} onClick={() => { setEditing(null); reset(kosong(tanggal)); }}>Batal ubah</button> : null}
          <button type="submit" className={buttonClass.primary} disabled={pending}>{pending ? "Menyimpan…" : editing ? "Simpan perubahan" : "Simpan kegiatan"}</button>
        </div>
      </form>
      <SimpanTemplat control={control} />
      {pilihan.skp && pilihan.periode ? <RencanaAksiBaru skpId={pilihan.skp.id} periodeId={pilihan.periode.id} rhk={pilihan.rhk} /> : null}
    </div>
  );
}
