"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, FormField, inputClass } from "@/components/skp/form-field";
import { saveRencanaAksi } from "@/lib/server/actions/rencana-aksi";
import type { PilihanProgres } from "@/lib/server/queries/progres-harian";
import { usePelaksanaanMutation } from "../penilaian/use-pelaksanaan-mutation";

type Props = { skpId: string; periodeId: string; rhk: PilihanProgres["rhk"] };

/** "+ Rencana aksi baru" for an RHK of this periode, through the same rules as the penilaian page. */
export function RencanaAksiBaru({ skpId, periodeId, rhk }: Props) {
  const [open, setOpen] = useState(rhk.every((r) => r.rencanaAksi.length === 0));
  const [rhkId, setRhkId] = useState(rhk.find((r) => r.rencanaAksi.length === 0)?.id ?? rhk[0]?.id ?? "");
  const [teks, setTeks] = useState("");
  const { pending, message, run } = usePelaksanaanMutation();
  if (!open) return <button type="button" className={buttonClass.small} onClick={() => setOpen(true)}>+ Rencana aksi baru</button>;
  return (
    <form
      aria-label="Rencana aksi baru"
      className="space-y-2 rounded border border-dashed border-slate-300 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => saveRencanaAksi({ skpId, periodeId, rhkId, teks }), () => setTeks(""));
      }}
    >
      <p className="text-sm font-semibold text-slate-900">Rencana aksi baru</p>
      <FormField id="ra-baru-rhk" label="Untuk RHK">
        <select id="ra-baru-rhk" className={inputClass} value={rhkId} onChange={(e) => setRhkId(e.target.value)}>
          {rhk.map((r) => <option key={r.id} value={r.id}>{r.teks}{r.rencanaAksi.length === 0 ? " (belum ada rencana aksi)" : ""}</option>)}
        </select>
      </FormField>
      <FormField id="ra-baru-teks" label="Rencana aksi">
        <input id="ra-baru-teks" className={inputClass} value={teks} onChange={(e) => setTeks(e.target.value)} />
      </FormField>
      <ActionMessage message={message} />
      <button type="submit" className={buttonClass.secondary} disabled={pending}>Tambah rencana aksi</button>
    </form>
  );
}
