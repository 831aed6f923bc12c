"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { FormDialog } from "@/components/skp/form-dialog";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { formatJam } from "@/lib/domain/hari-kerja";
import { templatKegiatanSaveSchema, type TemplatKegiatanSaveInput } from "@/lib/schemas/progres-harian";
import { saveTemplatKegiatan } from "@/lib/server/actions/templat-kegiatan";
import type { PilihanProgres, TemplatProgres } from "@/lib/server/queries/progres-harian";
import { usePelaksanaanMutation } from "../penilaian/use-pelaksanaan-mutation";
import { IsianJam, IsianRealisasi, OpsiRencanaAksi } from "./isian-kegiatan";
import { NAMA_HARI_ISO, templatDiPeriode } from "./templat-rencana-aksi";

type Props = { templat: TemplatProgres; pilihan: PilihanProgres };

const jam = (m: number) => formatJam(m).replace(".", ":");

/** "Ubah" on a template: every field, the rencana aksi chosen from this periode's. */
export function UbahTemplatDialog({ templat, pilihan }: Props) {
  return (
    <FormDialog title={`Ubah templat ${templat.nama}`} triggerLabel="Ubah" triggerClassName={buttonClass.small} triggerAriaLabel={`Ubah templat ${templat.nama}`}>
      {(close) => <TemplatForm templat={templat} pilihan={pilihan} close={close} />}
    </FormDialog>
  );
}

function TemplatForm({ templat: t, pilihan, close }: Props & { close: () => void }) {
  const diPeriode = templatDiPeriode(t, pilihan);
  const { register, handleSubmit, setError, formState } = useForm<TemplatKegiatanSaveInput>({
    resolver: zodResolver(templatKegiatanSaveSchema),
    defaultValues: {
      templatId: t.id,
      nama: t.nama,
      hari: (t.hari ? String(t.hari) : "") as TemplatKegiatanSaveInput["hari"],
      jamMulai: jam(t.jamMulai),
      jamSelesai: jam(t.jamSelesai),
      kegiatan: t.kegiatan,
      // A rencana aksi of another periode cannot be kept by accident: the pegawai picks one of this periode.
      rencanaAksiId: diPeriode ? (t.rencanaAksiId ?? "") : "",
      realisasi: String(t.realisasi),
      satuan: t.satuan,
    },
  });
  const { pending, message, run } = usePelaksanaanMutation(setError);
  const err = (k: keyof TemplatKegiatanSaveInput) => formState.errors[k]?.message;
  const id = (k: string) => `templat-${t.id}-${k}`;
  const onSubmit = handleSubmit((values) => run(() => saveTemplatKegiatan(values), close));
  const periode = pilihan.periode?.label ?? "periode ini";

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Ubah templat ${t.nama}`}>
      <FormField id={id("nama")} label="Nama templat" error={err("nama")} required>
        <input className={inputClass} {...fieldAria(id("nama"), err("nama"))} {...register("nama")} />
      </FormField>
      <FormField id={id("hari")} label="Dipakai pada" error={err("hari")} required>
        <select className={inputClass} {...fieldAria(id("hari"), err("hari"))} {...register("hari")}>
          <option value="">setiap hari</option>
          {NAMA_HARI_ISO.slice(0, 6).map((nama, i) => <option key={nama} value={String(i + 1)}>setiap {nama}</option>)}
        </select>
      </FormField>
      <IsianJam id={id} err={{ kiri: err("jamMulai"), kanan: err("jamSelesai") }} kiri={register("jamMulai")} kanan={register("jamSelesai")} />
      <FormField id={id("kegiatan")} label="Kegiatan" error={err("kegiatan")} required>
        <textarea rows={2} className={inputClass} {...fieldAria(id("kegiatan"), err("kegiatan"))} {...register("kegiatan")} />
      </FormField>
      {!diPeriode ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          Rencana aksi templat ini bukan dari {periode}. Pilih rencana aksi {periode} agar templat dapat dipakai lagi.
        </p>
      ) : null}
      <FormField id={id("rencanaAksiId")} label={`Rencana aksi (${periode})`} error={err("rencanaAksiId")}>
        <select className={inputClass} {...fieldAria(id("rencanaAksiId"), err("rencanaAksiId"))} {...register("rencanaAksiId")}>
          <option value="">Pilih saat dipakai</option>
          <OpsiRencanaAksi rhk={pilihan.rhk} />
        </select>
      </FormField>
      <IsianRealisasi id={id} err={{ kiri: err("realisasi"), kanan: err("satuan") }} kiri={register("realisasi")} kanan={register("satuan")} />
      <ActionMessage message={message} />
      <div className="flex justify-end gap-3">
        <button type="button" className={buttonClass.secondary} onClick={close}>Batal</button>
        <button type="submit" className={buttonClass.primary} disabled={pending}>{pending ? "Menyimpan…" : "Simpan templat"}</button>
      </div>
    </form>
  );
}
