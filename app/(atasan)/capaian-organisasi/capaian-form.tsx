"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, inputClass } from "@/components/skp/form-field";
import { LABEL_CAPAIAN_ORGANISASI } from "@/lib/domain/labels";
import type { CapaianOrganisasi } from "@/lib/generated/prisma/enums";
import { setCapaianOrganisasi } from "@/lib/server/actions/capaian-organisasi";
import { callAction } from "@/lib/http/call-action";

const URUTAN = Object.keys(LABEL_CAPAIAN_ORGANISASI) as CapaianOrganisasi[];

type Props = { unitId: string; unitNama: string; periodeId: string; capaian: CapaianOrganisasi | null };

/** One unit's capaian: pick a grade and save it. */
export function CapaianForm({ unitId, unitNama, periodeId, capaian }: Props) {
  const router = useRouter();
  const [value, setValue] = useState<CapaianOrganisasi | "">(capaian ?? "");
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const id = `capaian-${unitId}`;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setFailure(null);
    setSaved(false);
    if (!value) return setFailure("Pilih capaian kinerja organisasi.");
    setPending(true);
    const result = await callAction(() => setCapaianOrganisasi({ unitId, periodeId, capaian: value }));
    setPending(false);
    if (!result.ok) return setFailure(result.message ?? "Capaian gagal disimpan.");
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor={id} className="sr-only">Capaian {unitNama}</label>
        <select id={id} value={value} onChange={(e) => setValue(e.target.value as CapaianOrganisasi | "")} className={`${inputClass} w-48`}>
          <option value="">Belum ditetapkan</option>
          {URUTAN.map((c) => (
            <option key={c} value={c}>{LABEL_CAPAIAN_ORGANISASI[c]}</option>
          ))}
        </select>
        <button type="submit" disabled={pending} className={buttonClass.secondary} aria-label={`Simpan capaian ${unitNama}`}>
          {pending ? "Menyimpan…" : "Simpan"}
        </button>
        {saved ? <span role="status" className="text-sm text-emerald-800">Tersimpan</span> : null}
      </div>
      <ActionMessage message={failure} />
    </form>
  );
}
