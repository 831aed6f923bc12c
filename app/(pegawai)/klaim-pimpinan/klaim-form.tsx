"use client";

import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { klaimPimpinanUnit, lepasKlaimPimpinan } from "@/lib/server/actions/klaim";
import { callAction } from "@/lib/http/call-action";
import { useLaporHasilKlaim } from "./hasil-klaim";

type Unit = { id: string; path: string; pimpinan: string | null };

export function KlaimForm({ units, defaultUnitId }: { units: Unit[]; defaultUnitId: string }) {
  const [unitId, setUnitId] = useState(defaultUnitId);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const lapor = useLaporHasilKlaim();
  const dipimpin = units.find((u) => u.id === unitId)?.pimpinan ?? null;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setMessage(null);
      const result = await callAction(() => klaimPimpinanUnit({ unitId }));
      if (!result.ok) return setMessage(result.message ?? null);
      lapor({ ...result.data, judul: `Anda kini tercatat sebagai pimpinan ${result.data.unit}.` });
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormField id="unitId" label="Unit kerja yang Anda pimpin" required hint={dipimpin ? `Saat ini dipimpin oleh ${dipimpin}.` : "Unit Anda sendiri dipilih bila sesuai dengan eselon Anda."}>
        <select className={inputClass} {...fieldAria("unitId", undefined, true)} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <option value="">Pilih unit kerja…</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.path}
              {u.pimpinan ? ` — dipimpin ${u.pimpinan}` : ""}
            </option>
          ))}
        </select>
      </FormField>
      <ActionMessage message={message} />
      <button type="submit" className={buttonClass.primary} disabled={pending || !unitId}>
        {pending ? "Menyimpan…" : "Klaim pimpinan unit"}
      </button>
    </form>
  );
}

export function LepasKlaimButton({ unitId }: { unitId: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const lapor = useLaporHasilKlaim();
  const { tanya, dialog } = useKonfirmasi();
  return (
    <div className="space-y-2">
      <button
        type="button"
        className={buttonClass.secondary}
        disabled={pending}
        onClick={async () => {
          const ya = await tanya({
            judul: "Lepas klaim pimpinan unit ini?",
            pesan: "Anda tidak lagi tercatat sebagai pimpinan unit ini, dan atasan pegawai di unit ini diperbarui mengikuti struktur unit kerja.",
            tombol: "Ya, lepas klaim",
          });
          if (!ya) return;
          startTransition(async () => {
            const result = await callAction(() => lepasKlaimPimpinan({ unitId }));
            if (!result.ok) return setMessage(result.message ?? null);
            lapor({ ...result.data, judul: `Klaim pimpinan ${result.data.unit} telah dilepas.` });
          });
        }}
      >
        {pending ? "Melepas…" : "Lepas klaim"}
      </button>
      <ActionMessage message={message} />
      {dialog}
    </div>
  );
}
