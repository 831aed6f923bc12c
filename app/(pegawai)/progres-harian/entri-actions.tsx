"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { deleteProgresHarian } from "@/lib/server/actions/progres-harian";
import type { EntriProgres } from "@/lib/server/queries/progres-harian";
import { usePelaksanaanMutation } from "../penilaian/use-pelaksanaan-mutation";
import { useEditEntri } from "./edit-context";

/** Ubah (loads the entry into the form) and Hapus, for one entry. */
export function EntriActions({ entri }: { entri: EntriProgres }) {
  const { pending, message, run } = usePelaksanaanMutation();
  const [konfirmasi, setKonfirmasi] = useState(false);
  const edit = useEditEntri();
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <button type="button" className={buttonClass.small} onClick={() => edit(entri)}>Ubah</button>
      {konfirmasi ? (
        <>
          <button type="button" className={buttonClass.danger} disabled={pending} onClick={() => run(() => deleteProgresHarian({ progresId: entri.id, version: entri.version }))}>Ya, hapus</button>
          <button type="button" className={buttonClass.small} onClick={() => setKonfirmasi(false)}>Batal</button>
        </>
      ) : (
        <button type="button" className={buttonClass.danger} onClick={() => setKonfirmasi(true)} aria-label={`Hapus ${entri.kegiatan}`}>Hapus</button>
      )}
      <ActionMessage message={message} />
    </div>
  );
}
