"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/skp/action-message";
import { FormDialog } from "@/components/skp/form-dialog";
import { buttonClass } from "@/components/skp/form-field";
import { generatePeriodeStandar, setTahunTerbuka } from "@/lib/server/actions/admin-periode";
import { useAdminAction } from "../pegawai/_components/use-admin-action";
import { PeriodeForm } from "./periode-form";

type Props = { tahunId: string; tahun: number; terbuka: boolean };

export function TahunActions({ tahunId, tahun, terbuka }: Props) {
  const { pending, message, run } = useAdminAction();
  const [info, setInfo] = useState<string | null>(null);
  const buat = (jenis: "TRIWULAN" | "BULANAN") =>
    run(() => generatePeriodeStandar({ tahunId, jenis }), {
      onSuccess: (d) => setInfo(d.dibuat === 0 ? "Semua periode standar sudah ada; tidak ada yang ditambahkan." : `${d.dibuat} periode ditambahkan${d.dilewati ? `, ${d.dilewati} yang sudah ada dilewati` : ""}.`),
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass.secondary} disabled={pending} onClick={() => buat("TRIWULAN")}>
          Buat triwulan standar
        </button>
        <button type="button" className={buttonClass.secondary} disabled={pending} onClick={() => buat("BULANAN")}>
          Buat bulanan
        </button>
        <FormDialog title={`Tambah periode ${tahun}`} triggerLabel="+ Tambah periode" triggerClassName={buttonClass.secondary}>
          {(close) => <PeriodeForm tahun={tahun} target={{ tahunId }} onDone={close} />}
        </FormDialog>
        <button
          type="button"
          className={buttonClass.secondary}
          disabled={pending}
          onClick={() => run(() => setTahunTerbuka({ tahunId, terbuka: !terbuka }), { onSuccess: () => setInfo(null) })}
        >
          {terbuka ? `Tutup tahun ${tahun}` : `Buka tahun ${tahun}`}
        </button>
      </div>
      <p className="text-xs text-slate-600">
        Triwulan standar: Triwulan I–IV dan Tahunan. Batas pengisian tanggal 10 bulan berikutnya. Periode yang sudah ada tidak diubah.
      </p>
      {info ? <p role="status" className="text-sm text-emerald-800">{info}</p> : null}
      <ActionMessage message={message} />
    </div>
  );
}
