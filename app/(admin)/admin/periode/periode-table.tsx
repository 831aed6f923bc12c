"use client";

import { FormDialog } from "@/components/skp/form-dialog";
import { buttonClass } from "@/components/skp/form-field";
import { LABEL_JENIS_PERIODE } from "@/lib/domain/labels";
import { formatTanggal, fromIsoDate } from "@/lib/domain/tanggal";
import type { JenisPeriode } from "@/lib/generated/prisma/enums";
import { deletePeriode } from "@/lib/server/actions/admin-periode";
import { ConfirmAction } from "../pegawai/_components/confirm-action";
import { PeriodeForm } from "./periode-form";

export type PeriodeRowView = {
  id: string;
  jenis: JenisPeriode;
  urutan: number;
  label: string;
  awal: string;
  akhir: string;
  batasPengisian: string;
  terpakai: boolean;
};

const tgl = (iso: string) => formatTanggal(fromIsoDate(iso));

/** A table on wide screens; stacked cards on phones so nothing scrolls sideways. */
export function PeriodeTable({ tahun, rows }: { tahun: number; rows: PeriodeRowView[] }) {
  return (
    <>
      <div className="mt-4 hidden overflow-x-auto lg:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Periode penilaian tahun {tahun}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">Periode</th>
              <th scope="col" className="px-3 py-2">Jenis</th>
              <th scope="col" className="px-3 py-2">Awal</th>
              <th scope="col" className="px-3 py-2">Akhir</th>
              <th scope="col" className="px-3 py-2">Batas pengisian</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Tindakan</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{row.label}</th>
                <td className="px-3 py-2 text-slate-700">{LABEL_JENIS_PERIODE[row.jenis]}</td>
                <td className="px-3 py-2 whitespace-nowrap text-slate-700">{tgl(row.awal)}</td>
                <td className="px-3 py-2 whitespace-nowrap text-slate-700">{tgl(row.akhir)}</td>
                <td className="px-3 py-2 whitespace-nowrap text-slate-700">{tgl(row.batasPengisian)}</td>
                <td className="px-3 py-2"><RowActions tahun={tahun} row={row} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label={`Periode penilaian tahun ${tahun}`} className="mt-4 flex flex-col gap-2 lg:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium text-slate-900">{row.label} <span className="font-normal text-slate-500">· {LABEL_JENIS_PERIODE[row.jenis]}</span></p>
            <p className="text-slate-700">{tgl(row.awal)} – {tgl(row.akhir)}</p>
            <p className="text-slate-700">Batas pengisian: {tgl(row.batasPengisian)}</p>
            <div className="mt-2"><RowActions tahun={tahun} row={row} /></div>
          </li>
        ))}
      </ul>
    </>
  );
}

function RowActions({ tahun, row }: { tahun: number; row: PeriodeRowView }) {
  const nama = `${row.label} ${tahun}`;
  return (
    <div className="flex flex-wrap justify-end gap-1.5 md:justify-end">
      <FormDialog title={`Ubah periode ${nama}`} triggerLabel="Ubah" triggerAriaLabel={`Ubah periode ${nama}`} triggerClassName={buttonClass.small}>
        {(close) => (
          <PeriodeForm
            tahun={tahun}
            target={{ periodeId: row.id }}
            initial={{ jenis: row.jenis, urutan: row.urutan, awal: row.awal, akhir: row.akhir, batasPengisian: row.batasPengisian }}
            onDone={close}
          />
        )}
      </FormDialog>
      <ConfirmAction
        label="Hapus"
        ariaLabel={`Hapus periode ${nama}`}
        tone="danger"
        question={`Periode ${nama} dihapus. Tindakan ini tidak dapat dibatalkan.`}
        confirmLabel="Ya, hapus"
        action={() => deletePeriode({ periodeId: row.id })}
      />
    </div>
  );
}
