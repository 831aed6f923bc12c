"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { FormDialog } from "@/components/skp/form-dialog";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { LABEL_STATUS_VERIFIKASI } from "@/lib/domain/labels";
import { KEPUTUSAN_VERIFIKASI, pesanKonfirmasiMassal } from "@/lib/domain/progres-harian-verifikasi";
import { keputusanFieldsSchema, type KeputusanFieldsInput } from "@/lib/schemas/progres-harian-verifikasi";
import { usePelaksanaanMutation } from "@/app/(pegawai)/penilaian/use-pelaksanaan-mutation";

type Result = { ok: true } | { ok: false; message?: string; fieldErrors?: Record<string, string[] | undefined> };

type Props = {
  /** What the decision covers, for the dialog's title: "minggu ini", "3 kegiatan terpilih". */
  judul: string;
  triggerLabel: string;
  triggerClassName: string;
  triggerAriaLabel?: string;
  jumlah: number;
  simpan: (values: KeputusanFieldsInput) => Promise<Result>;
  onDone?: () => void;
};

/** Sesuai or Perlu perbaikan (with its catatan), stating how many entries it marks before it does. */
export function KeputusanDialog({ judul, triggerLabel, triggerClassName, triggerAriaLabel, ...form }: Props) {
  return (
    <FormDialog title={`Verifikasi ${judul}`} triggerLabel={triggerLabel} triggerClassName={triggerClassName} triggerAriaLabel={triggerAriaLabel}>
      {(close) => <KeputusanForm {...form} close={close} />}
    </FormDialog>
  );
}

function KeputusanForm({ jumlah, simpan, onDone, close }: Omit<Props, "judul" | "triggerLabel" | "triggerClassName" | "triggerAriaLabel"> & { close: () => void }) {
  const { register, handleSubmit, setError, control, formState } = useForm<KeputusanFieldsInput>({
    resolver: zodResolver(keputusanFieldsSchema),
    defaultValues: { status: "SESUAI", catatan: "" },
  });
  const { pending, message, run } = usePelaksanaanMutation(setError);
  const status = useWatch({ control, name: "status" });
  const catatanErr = formState.errors.catatan?.message;
  const onSubmit = handleSubmit((values) =>
    run(() => simpan(values), () => {
      onDone?.();
      close();
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">Hasil verifikasi</legend>
        <div className="flex flex-wrap gap-2">
          {KEPUTUSAN_VERIFIKASI.map((k) => (
            <label key={k} className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
              <input type="radio" value={k} {...register("status")} />
              {LABEL_STATUS_VERIFIKASI[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField id="catatan-verifikasi" label={status === "PERLU_PERBAIKAN" ? "Catatan untuk pegawai" : "Catatan untuk pegawai (opsional)"} error={catatanErr} required={status === "PERLU_PERBAIKAN"}>
        <textarea rows={3} className={inputClass} {...fieldAria("catatan-verifikasi", catatanErr)} {...register("catatan")} />
      </FormField>
      <p className="rounded-md bg-slate-50 px-3 py-2 text-sm font-medium text-slate-900" aria-live="polite">
        {pesanKonfirmasiMassal(jumlah, status ?? "SESUAI")}
        {status === "PERLU_PERBAIKAN" ? " Pegawai akan melihat catatan Anda dan dapat memperbaikinya." : ""}
      </p>
      <ActionMessage message={message} />
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass.secondary} onClick={close}>Batal</button>
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Menyimpan…" : `Ya, tandai ${jumlah} kegiatan`}
        </button>
      </div>
    </form>
  );
}
