"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { buttonClass } from "@/components/skp/form-field";
import { isiLiburNasional } from "@/lib/server/actions/hari-libur";
import { useAdminAction } from "../pegawai/_components/use-admin-action";

export function IsiLiburNasional({ tahun }: { tahun: number }) {
  const { pending, message, run } = useAdminAction();
  const [hasil, setHasil] = useState<string | null>(null);
  const isi = () => {
    setHasil(null);
    run(() => isiLiburNasional({ tahun }), {
      onSuccess: ({ ditambah, dilewati }) =>
        setHasil(`${ditambah} libur nasional ditambahkan${dilewati > 0 ? `, ${dilewati} tanggal sudah ada dan dilewati` : ""}.`),
    });
  };
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <button type="button" className={buttonClass.secondary} onClick={isi} disabled={pending}>
        {pending ? "Mengisi…" : `Isi libur nasional tahun ${tahun}`}
      </button>
      <ActionMessage message={message} />
      {hasil ? <p role="status" className="text-sm text-emerald-800">{hasil}</p> : null}
    </div>
  );
}
