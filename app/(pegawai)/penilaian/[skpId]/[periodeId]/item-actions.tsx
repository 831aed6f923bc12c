"use client";

import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import type { ReactNode } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { FormDialog } from "@/components/skp/form-dialog";
import { buttonClass } from "@/components/skp/form-field";
import { usePelaksanaanMutation } from "../../use-pelaksanaan-mutation";

type Props = {
  /** What the item is, in words: "bukti dukung", "rencana aksi". */
  jenis: string;
  nama: string;
  renderForm: (close: () => void) => ReactNode;
  hapus: () => Promise<{ ok: true } | { ok: false; message?: string }>;
};

/** "Ubah" in a dialog and "Hapus" after a confirmation, for one item of an RHK's list. */
export function ItemActions({ jenis, nama, renderForm, hapus }: Props) {
  const { pending, message, run } = usePelaksanaanMutation();
  const { tanya, dialog } = useKonfirmasi();
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-1.5">
        <FormDialog title={`Ubah ${jenis}`} triggerLabel="Ubah" triggerAriaLabel={`Ubah ${jenis} ${nama}`} triggerClassName={buttonClass.small}>
          {renderForm}
        </FormDialog>
        <button type="button" className={buttonClass.danger} disabled={pending} aria-label={`Hapus ${jenis} ${nama}`}
          onClick={async () => {
            const ya = await tanya({ judul: `Hapus ${jenis} ini?`, pesan: `"${nama}" dihapus. Tindakan ini tidak dapat dibatalkan.`, tombol: "Ya, hapus" });
            if (ya) run(hapus);
          }}>Hapus</button>
      </div>
      <ActionMessage message={message} />
      {dialog}
    </div>
  );
}
