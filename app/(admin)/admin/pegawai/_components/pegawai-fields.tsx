"use client";

import type { FieldErrors, Path, UseFormRegister, UseFormWatch } from "react-hook-form";
import { GolonganOptions } from "@/components/golongan-options";
import { fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { LABEL_JENIS_JABATAN, LABEL_JENIS_PEGAWAI, LABEL_JENJANG_FUNGSIONAL } from "@/lib/domain/labels";
import type { PegawaiFormInput } from "@/lib/schemas/admin-pegawai";
import type { UnitOption } from "@/lib/server/queries/admin-unit";

// Both the create and the edit form hold these fields, plus a few of their own.
type Props<T extends PegawaiFormInput> = {
  register: UseFormRegister<T>;
  watch: UseFormWatch<T>;
  errors: FieldErrors<T>;
  units: UnitOption[];
  /** The golongan saved before this edit, shown even when it is not on the list. */
  golonganTersimpan?: string;
};

const ESELON = [["1", "I"], ["2", "II"], ["3", "III"], ["4", "IV"]] as const;

/** The data fields of a pegawai; eselon shows for struktural, jenjang for fungsional only. */
export function PegawaiFields<T extends PegawaiFormInput>(props: Props<T>) {
  const { units } = props;
  const register = (k: keyof PegawaiFormInput) => props.register(k as Path<T>);
  const errors = props.errors as FieldErrors<PegawaiFormInput>;
  const err = (k: keyof PegawaiFormInput) => errors[k]?.message;
  const jenisJabatan = props.watch("jenisJabatan" as Path<T>) as PegawaiFormInput["jenisJabatan"];
  const jenisPegawai = props.watch("jenisPegawai" as Path<T>) as PegawaiFormInput["jenisPegawai"];
  const text = (k: keyof PegawaiFormInput, label: string, opts: { required?: boolean; hint?: string; type?: string } = {}) => (
    <FormField id={k} label={label} error={err(k)} required={opts.required} hint={opts.hint}>
      <input type={opts.type ?? "text"} className={inputClass} {...fieldAria(k, err(k), !!opts.hint)} {...register(k)} />
    </FormField>
  );

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">{text("nama", "Nama (tanpa gelar)", { required: true })}</div>
      {text("gelarDepan", "Gelar depan", { hint: "Misalnya Dr. atau Hj." })}
      {text("gelarBelakang", "Gelar belakang", { hint: "Misalnya S.Kom., M.M." })}
      {text("email", "Email", { type: "email", hint: "Untuk tautan lupa kata sandi." })}
      <FormField id="jenisPegawai" label="Jenis pegawai" error={err("jenisPegawai")} required>
        <select className={inputClass} {...fieldAria("jenisPegawai", err("jenisPegawai"))} {...register("jenisPegawai")}>
          {(["PNS", "PPPK"] as const).map((v) => <option key={v} value={v}>{LABEL_JENIS_PEGAWAI[v]}</option>)}
        </select>
      </FormField>
      <FormField id="jenisJabatan" label="Jenis jabatan" error={err("jenisJabatan")} required>
        <select className={inputClass} {...fieldAria("jenisJabatan", err("jenisJabatan"))} {...register("jenisJabatan")}>
          {(["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"] as const).map((v) => <option key={v} value={v}>{LABEL_JENIS_JABATAN[v]}</option>)}
        </select>
      </FormField>
      {text("jabatan", "Jabatan", { required: true })}
      {jenisJabatan === "STRUKTURAL" || err("eselon") ? (
        <FormField id="eselon" label="Eselon" error={err("eselon")} required>
          <select className={inputClass} {...fieldAria("eselon", err("eselon"))} {...register("eselon")}>
            <option value="">Pilih eselon</option>
            {ESELON.map(([v, l]) => <option key={v} value={v}>Eselon {l}</option>)}
          </select>
        </FormField>
      ) : null}
      {jenisJabatan === "FUNGSIONAL" || err("jenjangFungsional") ? (
        <FormField id="jenjangFungsional" label="Jenjang fungsional" error={err("jenjangFungsional")} required>
          <select className={inputClass} {...fieldAria("jenjangFungsional", err("jenjangFungsional"))} {...register("jenjangFungsional")}>
            <option value="">Pilih jenjang</option>
            {Object.entries(LABEL_JENJANG_FUNGSIONAL).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </FormField>
      ) : null}
      <FormField id="golongan" label="Pangkat/golongan" error={err("golongan")}>
        <select className={inputClass} {...fieldAria("golongan", err("golongan"))} {...register("golongan")}>
          <GolonganOptions jenisPegawai={jenisPegawai} tersimpan={props.golonganTersimpan ?? null} kosong="(Belum diisi)" />
        </select>
      </FormField>
      <div className="sm:col-span-2">
        <FormField id="unitId" label="Unit kerja" error={err("unitId")} hint="Unit terkecil tempat pegawai bekerja.">
          <select className={inputClass} {...fieldAria("unitId", err("unitId"), true)} {...register("unitId")}>
            <option value="">(Belum ditetapkan)</option>
            {units.map((u) => <option key={u.id} value={u.id} disabled={!u.aktif}>{u.label}</option>)}
          </select>
        </FormField>
      </div>
    </div>
  );
}
