"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { ActionMessage } from "@/components/skp/action-message";
import { FormDialog } from "@/components/skp/form-dialog";
import { buttonClass } from "@/components/skp/form-field";
import { umpanBalikFieldsSchema, type UmpanBalikFieldsInput } from "@/lib/schemas/progres-harian-verifikasi";
import { umpanBalikProgresHarian } from "@/lib/server/actions/progres-harian-verifikasi";
import { usePelaksanaanMutation } from "@/app/(pegawai)/penilaian/use-pelaksanaan-mutation";
import { UmpanBalikField } from "@/app/(atasan)/penilaian-bawahan/[skpId]/[periodeId]/rating-fields";

type Props = { entri: { id: string; version: number; kegiatan: string; umpanBalikReaksi: string | null; umpanBalikTeks: string | null } };

/** An emoticon (the penilaian's reaction set) and/or words on one entry. */
export function UmpanBalikDialog({ entri }: Props) {
  return (
    <FormDialog title="Umpan balik" triggerLabel="Umpan balik" triggerClassName={buttonClass.small} triggerAriaLabel={`Umpan balik untuk ${entri.kegiatan}`}>
      {(close) => <UmpanBalikForm entri={entri} close={close} />}
    </FormDialog>
  );
}

function UmpanBalikForm({ entri, close }: Props & { close: () => void }) {
  const { register, handleSubmit, setError, formState } = useForm<UmpanBalikFieldsInput>({
    resolver: zodResolver(umpanBalikFieldsSchema),
    defaultValues: { reaksi: (entri.umpanBalikReaksi ?? "") as UmpanBalikFieldsInput["reaksi"], teks: entri.umpanBalikTeks ?? "" },
  });
  const { pending, message, run } = usePelaksanaanMutation(setError);
  const onSubmit = handleSubmit((values) => run(() => umpanBalikProgresHarian({ ...values, id: entri.id, version: entri.version }), close));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <UmpanBalikField id={`umpan-balik-${entri.id}`} judul={`"${entri.kegiatan}"`} reaksi={register("reaksi")} teks={register("teks")} error={formState.errors.teks?.message ?? formState.errors.reaksi?.message} />
      <ActionMessage message={message} />
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass.secondary} onClick={close}>Batal</button>
        <button type="submit" className={buttonClass.primary} disabled={pending}>{pending ? "Menyimpan…" : "Simpan umpan balik"}</button>
      </div>
    </form>
  );
}
