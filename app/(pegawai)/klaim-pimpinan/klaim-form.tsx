"use client";

import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { klaimPimpinanUnit, lepasKlaimPimpinan, type HasilKlaim } from "@/lib/server/actions/klaim";
import { callAction } from "@/lib/http/call-action";

type Unit = { id: string; path: string; pimpinan: string | null };

export function KlaimForm({ units, defaultUnitId }: { units: Unit[]; defaultUnitId: string }) {
  const [unitId, setUnitId] = useState(defaultUnitId);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [hasil, setHasil] = useState<HasilKlaim | null>(null);
  const dipimpin = units.find((u) => u.id === unitId)?.pimpinan ?? null;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setMessage(null);
      const result = await callAction(() => klaimPimpinanUnit({ unitId }));
      if (!result.ok) return setMessage(result.message ?? null);
      setHasil(result.data);
    });
  };

  if (hasil) return <HasilKlaimView hasil={hasil} judul={`Anda kini tercatat sebagai pimpinan ${hasil.unit}.`} />;
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
  const [hasil, setHasil] = useState<HasilKlaim | null>(null);
  const { tanya, dialog } = useKonfirmasi();
  if (hasil) return <HasilKlaimView hasil={hasil} judul={`Klaim pimpinan ${hasil.unit} telah dilepas.`} />;
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
            setHasil(result.data);
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

/** What followed from the claim: who moved with the rule, and whose manual atasan the admin should check. */
function HasilKlaimView({ hasil, judul }: { hasil: HasilKlaim; judul: string }) {
  return (
    <div role="status" className="space-y-2 text-sm">
      <p className="font-semibold text-emerald-800">{judul}</p>
      <p className="text-slate-700">Atasan {hasil.diperbarui} pegawai diperbarui mengikuti struktur unit kerja.</p>
      {hasil.berbeda.length > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          <p className="font-semibold">Atasan pegawai berikut diatur manual dan tidak diubah:</p>
          <ul className="mt-1 list-disc pl-5">
            {hasil.berbeda.map((b) => (
              <li key={b.nip}>{b.nama}</li>
            ))}
          </ul>
          <p className="mt-1">Admin instansi dapat menyesuaikannya bila perlu.</p>
        </div>
      ) : null}
    </div>
  );
}
