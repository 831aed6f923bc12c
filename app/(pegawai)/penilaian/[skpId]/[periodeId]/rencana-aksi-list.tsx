"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { usePeringatanBelumTersimpan } from "@/components/peringatan-belum-tersimpan";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { rencanaAksiFieldsSchema, type RencanaAksiFieldsInput } from "@/lib/schemas/pelaksanaan";
import { deleteRencanaAksi, saveRencanaAksi } from "@/lib/server/actions/rencana-aksi";
import { usePelaksanaanMutation } from "../../use-pelaksanaan-mutation";
import { ItemActions } from "./item-actions";

type Ref = { skpId: string; periodeId: string; rhkId: string };
type Item = { id: string; teks: string };

export function RencanaAksiList({ refs, items, editable }: { refs: Ref; items: Item[]; editable: boolean }) {
  return (
    <div className="space-y-3">
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada rencana aksi.</p>
      ) : (
        <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-800">
          {items.map((item) => (
            <li key={item.id}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <span className="whitespace-pre-line">{item.teks}</span>
                {editable ? (
                <ItemActions
                  jenis="rencana aksi"
                  nama={item.teks}
                  renderForm={(close) => <RencanaAksiForm refs={refs} rencanaAksiId={item.id} initial={{ teks: item.teks }} onDone={close} />}
                  hapus={() => deleteRencanaAksi({ skpId: refs.skpId, periodeId: refs.periodeId, rencanaAksiId: item.id })}
                />
              ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
      {editable ? <RencanaAksiForm refs={refs} initial={{ teks: "" }} /> : null}
    </div>
  );
}

type FormProps = { refs: Ref; rencanaAksiId?: string; initial: RencanaAksiFieldsInput; onDone?: () => void };

function RencanaAksiForm({ refs, rencanaAksiId, initial, onDone }: FormProps) {
  const { register, handleSubmit, setError, reset, formState } = useForm<RencanaAksiFieldsInput>({
    resolver: zodResolver(rencanaAksiFieldsSchema),
    defaultValues: initial,
  });
  const { pending, message, run } = usePelaksanaanMutation(setError);
  const peringatan = usePeringatanBelumTersimpan(formState.isDirty);
  const id = `rencana-aksi-${rencanaAksiId ?? `baru-${refs.rhkId}`}`;
  const error = formState.errors.teks?.message;
  const onSubmit = handleSubmit((values) =>
    run(() => saveRencanaAksi({ ...refs, ...values, rencanaAksiId }), () => (onDone ? onDone() : reset({ teks: "" }))),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormField id={id} label={rencanaAksiId ? "Rencana aksi" : "Rencana aksi baru"} error={error}>
        <textarea rows={2} className={inputClass} {...fieldAria(id, error)} {...register("teks")} />
      </FormField>
      <ActionMessage message={message} />
      {peringatan}
      <div className="flex justify-end gap-2">
        {onDone ? <button type="button" className={buttonClass.secondary} onClick={onDone}>Batal</button> : null}
        <button type="submit" className={buttonClass.secondary} disabled={pending}>
          {pending ? "Menyimpan…" : rencanaAksiId ? "Simpan rencana aksi" : "Tambah rencana aksi"}
        </button>
      </div>
    </form>
  );
}
