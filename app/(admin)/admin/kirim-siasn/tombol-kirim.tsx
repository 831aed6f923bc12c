"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { kirimKeSiasnSatu, kirimSemuaKeSiasn, lanjutkanKirimSiasn } from "@/lib/server/actions/kirim-siasn";
import { callAction } from "@/lib/http/call-action";

function useAksi(gagal: string) {
  const router = useRouter();
  const [pesan, setPesan] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const jalankan = (aksi: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await callAction(() => aksi());
      setPesan(result.ok ? null : (result.message ?? gagal));
      if (result.ok) router.refresh();
    });
  return { pesan, pending, jalankan };
}

function Galat({ pesan }: { pesan: string | null }) {
  return pesan ? (
    <p role="alert" className="mt-2 text-sm text-red-700">
      {pesan}
    </p>
  ) : null;
}

/** "Kirim" or "Coba lagi" on one result: queued at once, the list shows the outcome. */
export function TombolKirim({ kirimId, label, keterangan, nonaktif }: { kirimId: string; label: string; keterangan: string; nonaktif: boolean }) {
  return <TombolAntre label={label} ariaLabel={`${label}: ${keterangan}`} nonaktif={nonaktif} gagal="Hasil ini tidak dapat dikirim." aksi={() => kirimKeSiasnSatu({ kirimId })} />;
}

/** "Lanjutkan" a bulk send whose worker stopped, or "Kirim ulang yang gagal" once it ended. */
export function TombolLanjutkanKirim({ jobId, label, nonaktif }: { jobId: string; label: string; nonaktif: boolean }) {
  return (
    <div className="mt-3">
      <TombolAntre label={label} nonaktif={nonaktif} gagal="Pengiriman tidak dapat dilanjutkan." aksi={() => lanjutkanKirimSiasn({ jobId })} />
    </div>
  );
}

type PropsAntre = { label: string; ariaLabel?: string; nonaktif: boolean; gagal: string; aksi: () => Promise<{ ok: boolean; message?: string }> };

function TombolAntre({ label, ariaLabel, nonaktif, gagal, aksi }: PropsAntre) {
  const { pesan, pending, jalankan } = useAksi(gagal);
  return (
    <div>
      <button
        type="button"
        aria-label={ariaLabel}
        disabled={nonaktif || pending}
        onClick={() => jalankan(aksi)}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? "Mengantre…" : label}
      </button>
      <Galat pesan={pesan} />
    </div>
  );
}

export function TombolKirimSemua({ jumlah, nonaktif }: { jumlah: number; nonaktif: boolean }) {
  const { pesan, pending, jalankan } = useAksi("Pengiriman tidak dapat dimulai.");
  const { tanya, dialog } = useKonfirmasi();
  const mulai = async () => {
    const ya = await tanya({
      judul: "Kirim semua ke SIASN?",
      pesan: `${jumlah} hasil yang siap atau gagal akan dikirim ke SIASN. Hasil yang sudah terkirim tidak dikirim lagi.`,
      tombol: "Ya, kirim semua",
      nada: "utama",
    });
    if (ya) jalankan(() => kirimSemuaKeSiasn({}));
  };
  return (
    <div className="mt-4">
      <button
        type="button"
        disabled={nonaktif || pending}
        onClick={mulai}
        className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        {pending ? "Mengantre…" : "Kirim semua yang siap"}
      </button>
      <Galat pesan={pesan} />
      {dialog}
    </div>
  );
}

