"use client";

import { umumkanHasil } from "@/components/hasil-aksi";
import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { bukaKembaliPenilaian } from "@/lib/server/actions/penilaian-atasan";
import { callAction } from "@/lib/http/call-action";

type Props = { skpId: string; periodeId: string; version: number };

/** Final → Draft, asked twice because the pegawai loses sight of the final predikat meanwhile. */
export function BukaKembaliButton({ skpId, periodeId, version }: Props) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { tanya, dialog } = useKonfirmasi();
  async function onClick() {
    const ya = await tanya({
      judul: "Buka kembali penilaian ini?",
      pesan: "Statusnya kembali Draft, dan pegawai tidak lagi melihat predikat final sampai Anda memfinalkannya lagi.",
      tombol: "Ya, buka kembali",
    });
    if (!ya) return;
    setPending(true);
    setFailure(null);
    const result = await callAction(() => bukaKembaliPenilaian({ skpId, periodeId, version }));
    setPending(false);
    if (!result.ok) return setFailure(result.message ?? "Penilaian gagal dibuka kembali.");
    umumkanHasil("Penilaian dibuka kembali dan berstatus Draft.", { fokusKe: "hasil-penilaian" });
    router.refresh();
  }
  return (
    <div className="space-y-2">
      <button type="button" onClick={onClick} disabled={pending} className={buttonClass.secondary}>
        {pending ? "Membuka…" : "Buka kembali penilaian"}
      </button>
      <ActionMessage message={failure} />
      {dialog}
    </div>
  );
}
