"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { buktiDukungFieldsSchema, type BuktiDukungFieldsInput } from "@/lib/schemas/pelaksanaan";
import { deleteBuktiDukung, saveBuktiDukung } from "@/lib/server/actions/bukti-dukung";
import { usePelaksanaanMutation } from "../../use-pelaksanaan-mutation";
import type { BuktiProgresHarian } from "@/lib/server/progres-harian/rollup-penilaian";
import { BuktiProgresHarianList } from "./bukti-progres-harian";
import { ItemActions } from "./item-actions";

type Ref = { skpId: string; periodeId: string; rhkId: string };
type Item = { id: string; nama: string; tautan: string };

type ListProps = { refs: Ref; items: Item[]; editable: boolean; dariProgres: BuktiProgresHarian[] };

export function BuktiDukungList({ refs, items, editable, dariProgres }: ListProps) {
  return (
    <div className="space-y-3">
      {items.length === 0 && dariProgres.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada bukti dukung.</p>
      ) : items.length === 0 ? null : (
        <ul className="space-y-2 text-sm">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-start justify-between gap-2">
              <a href={item.tautan} target="_blank" rel="noopener noreferrer" className="break-all text-blue-700 underline">
                {item.nama}
                <span className="sr-only"> (membuka tab baru)</span>
              </a>
              {editable ? (
                <ItemActions
                  jenis="bukti dukung"
                  nama={item.nama}
                  renderForm={(close) => <BuktiDukungForm refs={refs} buktiDukungId={item.id} initial={{ nama: item.nama, tautan: item.tautan }} onDone={close} />}
                  hapus={() => deleteBuktiDukung({ skpId: refs.skpId, periodeId: refs.periodeId, buktiDukungId: item.id })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <BuktiProgresHarianList items={dariProgres} />
      {editable ? <BuktiDukungForm refs={refs} initial={{ nama: "", tautan: "" }} /> : null}
    </div>
  );
}

type FormProps = { refs: Ref; buktiDukungId?: string; initial: BuktiDukungFieldsInput; onDone?: () => void };

function BuktiDukungForm({ refs, buktiDukungId, initial, onDone }: FormProps) {
  const { register, handleSubmit, setError, reset, formState } = useForm<BuktiDukungFieldsInput>({
    resolver: zodResolver(buktiDukungFieldsSchema),
    defaultValues: initial,
  });
  const { pending, message, run } = usePelaksanaanMutation(setError);
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);
  const id = (k: string) => `bukti-${buktiDukungId ?? `baru-${refs.rhkId}`}-${k}`;
  const err = (k: keyof BuktiDukungFieldsInput) => formState.errors[k]?.message;
  const onSubmit = handleSubmit((values) =>
    run(() => saveBuktiDukung({ ...refs, ...values, buktiDukungId }), () => (onDone ? onDone() : reset({ nama: "", tautan: "" }))),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <div className="grid gap-2 sm:grid-cols-2">
        <FormField id={id("nama")} label="Nama bukti dukung" error={err("nama")}>
          <input className={inputClass} {...fieldAria(id("nama"), err("nama"))} {...register("nama")} />
        </FormField>
        <FormField id={id("tautan")} label="Tautan" error={err("tautan")} hint="Alamat lengkap, misalnya https://drive.google.com/…">
          <input type="url" inputMode="url" className={inputClass} {...fieldAria(id("tautan"), err("tautan"), true)} {...register("tautan")} />
        </FormField>
      </div>
      <ActionMessage message={message} />
      {peringatan}
      <div className="flex justify-end gap-2">
        {onDone ? <button type="button" className={buttonClass.secondary} onClick={onDone}>Batal</button> : null}
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          {pending ? "Menyimpan…" : buktiDukungId ? "Simpan bukti dukung" : "Tambah bukti dukung"}
        </button>
      </div>
    </form>
  );
}
