"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";
import { bukaPengisian } from "@/lib/server/actions/admin-buka-pengisian";
import { callAction } from "@/lib/http/call-action";
import { PegawaiPicker } from "../pegawai/_components/pegawai-picker";
import type { ZonaWaktu } from "@/lib/domain/zona-waktu";

type PeriodeOption = { id: string; label: string; batas: string; lewat: boolean };
type Pegawai = { id: string; nama: string; nip: string } | null;
type Errors = Partial<Record<"pegawaiId" | "periodeId" | "hingga", string>>;

/** Pick a pegawai, a periode and the new last day; the server checks every rule again. */
export function BukaPengisianForm({ periode, minDate, zona }: { periode: PeriodeOption[]; minDate: string; zona: ZonaWaktu }) {
  const router = useRouter();
  const [pegawai, setPegawai] = useState<Pegawai>(null);
  const [periodeId, setPeriodeId] = useState(periode.find((p) => p.lewat)?.id ?? "");
  const [hingga, setHingga] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [berhasil, setBerhasil] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setBerhasil(null);
    const local: Errors = {};
    if (!pegawai) local.pegawaiId = "Pilih pegawai.";
    if (!periodeId) local.periodeId = "Pilih periode penilaian.";
    if (!hingga) local.hingga = "Isi tanggal batas pengisian yang baru.";
    setErrors(local);
    setMessage(null);
    if (!pegawai || Object.keys(local).length > 0) return;
    startTransition(async () => {
      const result = await callAction(() => bukaPengisian({ pegawaiId: pegawai.id, periodeId, hingga }));
      if (result.ok) {
        setBerhasil(`Pengisian ${result.data.periode} dibuka kembali untuk ${result.data.nama} sampai ${result.data.hingga}.`);
        setPegawai(null);
        setHingga("");
        router.refresh();
        return;
      }
      const fe = result.fieldErrors ?? {};
      setErrors({ pegawaiId: fe.pegawaiId?.[0], periodeId: fe.periodeId?.[0], hingga: fe.hingga?.[0] });
      const atField = Object.values(fe).some((m) => m?.[0] === result.message);
      setMessage(atField ? null : (result.message ?? "Gagal menyimpan."));
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <PegawaiPicker id="buka-pegawai" label="Pegawai (cari NIP atau nama)" value={pegawai} onChange={setPegawai} error={errors.pegawaiId} />
      <FormField id="buka-periode" label="Periode penilaian" error={errors.periodeId}>
        <select className={inputClass} value={periodeId} onChange={(e) => setPeriodeId(e.target.value)} {...fieldAria("buka-periode", errors.periodeId)}>
          <option value="">Pilih periode</option>
          {periode.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label} (batas {p.batas})
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="buka-hingga" label="Dibuka sampai tanggal" error={errors.hingga} hint={`Pegawai dapat mengisi sampai akhir hari tersebut (pukul 24.00 ${zona}).`}>
        <input type="date" min={minDate} className={inputClass} value={hingga} onChange={(e) => setHingga(e.target.value)} {...fieldAria("buka-hingga", errors.hingga, true)} />
      </FormField>
      <ActionMessage message={message} />
      <p role="status" className="text-sm text-emerald-700">{berhasil}</p>
      <button type="submit" className={buttonClass.primary} disabled={pending}>{pending ? "Menyimpan…" : "Buka pengisian"}</button>
    </form>
  );
}
