"use client";

import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { tutupPengisian } from "@/lib/server/actions/admin-buka-pengisian";
import { callAction } from "@/lib/http/call-action";

export function TutupPengisianButton({ penilaianId, keterangan }: { penilaianId: string; keterangan: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const { tanya, dialog } = useKonfirmasi();
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        className={buttonClass.danger}
        disabled={pending}
        aria-label={`Tutup pengisian ${keterangan}`}
        onClick={async () => {
          const ya = await tanya({
            judul: `Tutup lagi pengisian ${keterangan}?`,
            pesan: "Pegawai tidak dapat lagi mengisi realisasi dan bukti dukung periode ini setelah batas pengisiannya.",
            tombol: "Ya, tutup",
          });
          if (!ya) return;
          startTransition(async () => {
            const result = await callAction(() => tutupPengisian({ penilaianId }));
            setMessage(result.ok ? null : (result.message ?? "Gagal menyimpan."));
            if (result.ok) router.refresh();
          });
        }}
      >
        Tutup sekarang
      </button>
      <ActionMessage message={message} />
      {dialog}
    </div>
  );
}
