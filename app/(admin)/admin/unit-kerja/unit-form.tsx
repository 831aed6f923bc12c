"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { unitCreateSchema, unitMoveSchema, type UnitCreateInput, type UnitFormInput, type UnitMoveInput } from "@/lib/schemas/admin-unit";
import { createUnit, moveUnit, updateUnit } from "@/lib/server/actions/admin-unit";
import type { UnitOption } from "@/lib/server/queries/admin-unit";
import { useAdminAction } from "../pegawai/_components/use-admin-action";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";

type UnitFormProps = {
  mode: { parentId: string } | { unitId: string };
  options: UnitOption[];
  initial?: UnitFormInput;
  onDone: () => void;
};

const ESELON = [
  ["", "Non-eselon"],
  ["1", "Eselon I"],
  ["2", "Eselon II"],
  ["3", "Eselon III"],
  ["4", "Eselon IV"],
] as const;

/** Add (with a parent) or edit (name, jabatan, eselon); the parent changes through "Pindahkan". */
export function UnitForm({ mode, options, initial, onDone }: UnitFormProps) {
  const { pending, message, run } = useAdminAction();
  const isBaru = "parentId" in mode;
  const { register, handleSubmit, setError, formState } = useForm<UnitCreateInput>({
    // The edit form has no parent field; an empty parent passes the same schema.
    resolver: zodResolver(unitCreateSchema),
    defaultValues: { parentId: isBaru ? mode.parentId : "", ...(initial ?? { nama: "", namaJabatan: "", eselon: "" }) },
  });
  const err = (k: keyof UnitCreateInput) => formState.errors[k]?.message;
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);
  const onSubmit = handleSubmit(({ parentId, ...fields }) =>
    run(() => ("unitId" in mode ? updateUnit({ unitId: mode.unitId, ...fields }) : createUnit({ parentId, ...fields })), { setError, onSuccess: onDone }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {isBaru ? (
        <FormField id="parentId" label="Unit induk" error={err("parentId")}>
          <select className={inputClass} {...fieldAria("parentId", err("parentId"))} {...register("parentId")}>
            <option value="">(Unit tertinggi instansi)</option>
            {options.map((o) => (
              <option key={o.id} value={o.id} disabled={!o.aktif}>{o.label}</option>
            ))}
          </select>
        </FormField>
      ) : null}
      <FormField id="nama" label="Nama unit kerja" error={err("nama")} required>
        <input className={inputClass} {...fieldAria("nama", err("nama"))} {...register("nama")} />
      </FormField>
      <FormField id="namaJabatan" label="Nama jabatan pimpinan" error={err("namaJabatan")} hint="Misalnya “Kepala Subbidang Mutasi”. Tercetak pada dokumen.">
        <input className={inputClass} {...fieldAria("namaJabatan", err("namaJabatan"), true)} {...register("namaJabatan")} />
      </FormField>
      <FormField id="eselon" label="Eselon unit" error={err("eselon")}>
        <select className={inputClass} {...fieldAria("eselon", err("eselon"))} {...register("eselon")}>
          {ESELON.map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </FormField>
      <ActionMessage message={message} />
      {peringatan}
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Menyimpan…" : isBaru ? "Tambah unit" : "Simpan perubahan"}
      </button>
    </form>
  );
}

type MoveProps = { unitId: string; parentId: string; options: UnitOption[]; onDone: () => void };

export function UnitMoveForm({ unitId, parentId, options, onDone }: MoveProps) {
  const { pending, message, run } = useAdminAction();
  const { register, handleSubmit, setError, formState } = useForm<UnitMoveInput>({
    resolver: zodResolver(unitMoveSchema),
    defaultValues: { unitId, parentId },
  });
  const error = formState.errors.parentId?.message;
  const onSubmit = handleSubmit((values) => run(() => moveUnit(values), { setError, onSuccess: onDone }));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormField id="pindah-parentId" label="Unit induk baru" error={error} hint="Unit tidak dapat dipindahkan ke bawah sub-unitnya sendiri.">
        <select className={inputClass} {...fieldAria("pindah-parentId", error, true)} {...register("parentId")}>
          <option value="">(Jadikan unit tertinggi)</option>
          {options.map((o) => (
            <option key={o.id} value={o.id} disabled={!o.aktif || o.id === unitId}>{o.label}</option>
          ))}
        </select>
      </FormField>
      <ActionMessage message={message} />
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? "Memindahkan…" : "Pindahkan"}
      </button>
    </form>
  );
}
