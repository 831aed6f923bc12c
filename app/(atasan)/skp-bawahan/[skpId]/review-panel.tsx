"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { StatusSkp } from "@/lib/generated/prisma/enums";
import { kembalikanSkp, setujuiSkp } from "@/lib/server/actions/skp-review";
import { kembalikanSkpSchema } from "@/lib/schemas/skp-review";
import { callAction } from "@/lib/http/call-action";
import { HasilAksi, umumkanHasil } from "@/components/hasil-aksi";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass, fieldAria, FormField, inputClass } from "@/components/skp/form-field";

type Props = { skpId: string; version: number; status: StatusSkp; namaPegawai: string };

const catatanSchema = kembalikanSkpSchema.pick({ catatan: true });

/** The penilai's decision: Setujui, or Kembalikan ke Draft with a catatan the pegawai reads. */
export function ReviewPanel({ skpId, version, status, namaPegawai }: Props) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [kembalikanOpen, setKembalikanOpen] = useState(false);
  const [approving, setApproving] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(catatanSchema), defaultValues: { catatan: "" } });

  async function onSetujui() {
    setApproving(true);
    setFailure(null);
    setSuccess(null);
    const result = await callAction(() => setujuiSkp({ skpId, version }));
    setApproving(false);
    if (!result.ok) return setFailure(result.message ?? "SKP gagal disetujui.");
    berhasil(`SKP ${namaPegawai} disetujui.`);
  }

  const onKembalikan = handleSubmit(async ({ catatan }) => {
    setFailure(null);
    setSuccess(null);
    const result = await callAction(() => kembalikanSkp({ skpId, version, catatan }));
    if (!result.ok) {
      const fieldError = result.fieldErrors?.catatan?.[0];
      if (fieldError) setError("catatan", { message: fieldError });
      return setFailure(result.message ?? "SKP gagal dikembalikan.");
    }
    reset();
    setKembalikanOpen(false);
    berhasil("SKP dikembalikan ke Draft. Pegawai melihat catatan Anda di halaman SKP-nya.");
  });

  // The status badge at the top changes out of view: the toast and the focused message say it here.
  function berhasil(pesan: string) {
    setSuccess(pesan);
    umumkanHasil(pesan, { fokusKe: "hasil-keputusan" });
    router.refresh();
  }

  const busy = approving || isSubmitting;
  return (
    <section aria-labelledby="keputusan-judul" className="rounded-lg border border-blue-200 bg-blue-50/60 p-4">
      <h2 id="keputusan-judul" className="font-semibold text-slate-900">Keputusan atasan</h2>
      <p className="mt-1 text-sm text-slate-700">{petunjuk(status)}</p>
      {success ? (
        <HasilAksi id="hasil-keputusan" kunci={success} className="mt-3">
          <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{success}</p>
        </HasilAksi>
      ) : null}
      <div className="mt-3 empty:hidden">
        <ActionMessage message={failure} />
      </div>

      {status !== "DRAFT" && !kembalikanOpen ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {status === "PENGAJUAN" ? (
            <button
              type="button"
              onClick={onSetujui}
              disabled={busy}
              className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
            >
              {approving ? "Menyetujui…" : "Setujui"}
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => setKembalikanOpen(true)}
            disabled={busy}
            className="rounded-md border border-amber-400 bg-white px-4 py-2 text-sm font-medium text-amber-900 hover:bg-amber-50 disabled:opacity-60"
          >
            Kembalikan ke Draft
          </button>
        </div>
      ) : null}

      {kembalikanOpen ? (
        <form onSubmit={onKembalikan} noValidate className="mt-3 space-y-3">
          <FormField
            id="catatan"
            label="Catatan untuk pegawai"
            required
            error={errors.catatan?.message}
            hint="Tuliskan apa yang perlu diperbaiki; pegawai membacanya di halaman SKP-nya."
          >
            <textarea rows={4} autoFocus className={inputClass} {...fieldAria("catatan", errors.catatan?.message, true)} {...register("catatan")} />
          </FormField>
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={busy} className={buttonClass.primary}>
              {isSubmitting ? "Mengembalikan…" : "Kembalikan ke Draft"}
            </button>
            <button type="button" onClick={() => setKembalikanOpen(false)} className={buttonClass.secondary}>
              Batal
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function petunjuk(status: StatusSkp): string {
  if (status === "PENGAJUAN") return "Pegawai telah mengajukan SKP ini. Setujui bila sudah sesuai, atau kembalikan ke Draft dengan catatan perbaikan.";
  if (status === "PERSETUJUAN") return "SKP ini sudah Anda setujui. Bila ada yang keliru, Anda masih dapat mengembalikannya ke Draft dengan catatan.";
  return "SKP ini masih Draft: pegawai belum mengajukannya. Anda dapat mengisi ekspektasi khusus pimpinan sementara menunggu.";
}
