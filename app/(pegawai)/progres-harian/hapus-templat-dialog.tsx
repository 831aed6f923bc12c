"use client";

import { ActionMessage } from "@/components/skp/action-message";
import { FormDialog } from "@/components/skp/form-dialog";
import { buttonClass } from "@/components/skp/form-field";
import { deleteTemplatKegiatan } from "@/lib/server/actions/templat-kegiatan";
import type { TemplatProgres } from "@/lib/server/queries/progres-harian";
import { usePelaksanaanMutation } from "../penilaian/use-pelaksanaan-mutation";

/** "Hapus" on a template, confirmed in the dialog; entries made from it stay. */
export function HapusTemplatDialog({ templat }: { templat: TemplatProgres }) {
  return (
    <FormDialog title={`Hapus templat ${templat.nama}`} triggerLabel="Hapus" triggerClassName={buttonClass.danger} triggerAriaLabel={`Hapus templat ${templat.nama}`}>
      {(close) => <Konfirmasi templat={templat} close={close} />}
    </FormDialog>
  );
}

function Konfirmasi({ templat, close }: { templat: TemplatProgres; close: () => void }) {
  const { pending, message, run } = usePelaksanaanMutation();
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-800">
        Templat &quot;{templat.nama}&quot; dihapus. Kegiatan yang sudah dibuat dari templat ini tetap tersimpan.
      </p>
      <ActionMessage message={message} />
      <div className="flex justify-end gap-3">
        <button type="button" className={buttonClass.secondary} onClick={close}>Batal</button>
        <button type="button" className={buttonClass.danger} disabled={pending} onClick={() => run(() => deleteTemplatKegiatan({ templatId: templat.id }), close)}>
          {pending ? "Menghapus…" : "Ya, hapus templat"}
        </button>
      </div>
    </div>
  );
}
