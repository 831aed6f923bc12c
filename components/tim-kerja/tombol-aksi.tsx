"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { umumkanHasil } from "@/components/hasil-aksi";
import { useKonfirmasi } from "@/components/konfirmasi-dialog";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import type { ActionResult } from "@/lib/server/define-action";
import { callAction } from "@/lib/http/call-action";

type Props = {
  aksi: (input: never) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  label: string;
  /** Accessible name when the visible label alone is ambiguous in a list. */
  ariaLabel?: string;
  konfirmasi: { judul: string; pesan: string; tombol: string };
  berhasil: string;
};

/** One confirmed step on a team (remove an anggota, close the team). */
export function TombolAksi({ aksi, input, label, ariaLabel, konfirmasi, berhasil }: Props) {
  const router = useRouter();
  const { tanya, dialog } = useKonfirmasi();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function onClick() {
    if (!(await tanya({ ...konfirmasi, nada: "bahaya" }))) return;
    setPending(true);
    const jalankan = aksi as unknown as (i: Record<string, unknown>) => Promise<ActionResult<unknown>>;
    const result = await callAction(() => jalankan(input));
    setPending(false);
    if (!result.ok) return setMessage(result.message ?? "Gagal.");
    umumkanHasil(berhasil);
    router.refresh();
  }

  return (
    <div className="space-y-1">
      <button type="button" onClick={onClick} disabled={pending} aria-label={ariaLabel} className={buttonClass.danger}>
        {label}
      </button>
      <ActionMessage message={message} />
      {dialog}
    </div>
  );
}
