"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { umumkanHasil } from "@/components/hasil-aksi";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { callAction } from "@/lib/http/call-action";
import { ubahJenisRhkTim } from "@/lib/server/actions/rhk-tim";

type Props = { skpId: string; version: number; rhkId: string; jenis: "UTAMA" | "TAMBAHAN"; teks: string };

/** The penilai agrees that an RHK from a team role is Utama, or moves it back to Tambahan. */
export function JenisRhkTimButton({ skpId, version, rhkId, jenis, teks }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const baru = jenis === "UTAMA" ? "TAMBAHAN" : "UTAMA";
  const label = baru === "UTAMA" ? "Jadikan RHK Utama" : "Jadikan RHK Tambahan";

  async function onClick() {
    setPending(true);
    const result = await callAction(() => ubahJenisRhkTim({ skpId, version, rhkId, jenis: baru }));
    setPending(false);
    if (!result.ok) return setMessage(result.message ?? "Jenis RHK gagal diubah.");
    umumkanHasil(baru === "UTAMA" ? "RHK penugasan tim menjadi Utama." : "RHK penugasan tim menjadi Tambahan.");
    router.refresh();
  }

  return (
    <div className="space-y-1">
      <button type="button" onClick={onClick} disabled={pending} className={buttonClass.small} aria-label={`${label}: ${teks}`}>
        {label}
      </button>
      <ActionMessage message={message} />
    </div>
  );
}
