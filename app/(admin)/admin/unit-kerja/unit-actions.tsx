"use client";

import { FormDialog } from "@/components/skp/form-dialog";
import { buttonClass } from "@/components/skp/form-field";
import { revokePimpinan, setUnitAktif } from "@/lib/server/actions/admin-unit";
import type { UnitAdminRow, UnitOption } from "@/lib/server/queries/admin-unit";
import { ConfirmAction } from "../pegawai/_components/confirm-action";
import { PelaksanaTugasForm } from "./pelaksana-tugas-form";
import { UnitForm, UnitMoveForm } from "./unit-form";

export function TambahUnitButton({ options, parentId = "", label = "+ Tambah unit", ariaLabel }: { options: UnitOption[]; parentId?: string; label?: string; ariaLabel?: string }) {
  return (
    <FormDialog title="Tambah unit kerja" triggerLabel={label} triggerAriaLabel={ariaLabel} triggerClassName={parentId ? buttonClass.small : `${buttonClass.primary} whitespace-nowrap`}>
      {(close) => <UnitForm mode={{ parentId }} options={options} onDone={close} />}
    </FormDialog>
  );
}

export function UnitActions({ unit, options }: { unit: UnitAdminRow; options: UnitOption[] }) {
  const nama = unit.nama;
  return (
    <div role="group" aria-label={`Tindakan untuk ${nama}`} className="flex flex-wrap gap-1.5">
      <FormDialog title={`Ubah ${nama}`} triggerLabel="Ubah" triggerAriaLabel={`Ubah ${nama}`} triggerClassName={buttonClass.small}>
        {(close) => (
          <UnitForm
            mode={{ unitId: unit.id }}
            options={options}
            initial={{ nama: unit.nama, namaJabatan: unit.namaJabatan ?? "", eselon: unit.eselon ? (String(unit.eselon) as "1" | "2" | "3" | "4") : "" }}
            onDone={close}
          />
        )}
      </FormDialog>
      {unit.aktif ? <TambahUnitButton options={options} parentId={unit.id} label="+ Sub-unit" ariaLabel={`Tambah sub-unit di ${nama}`} /> : null}
      <FormDialog title={`Pindahkan ${nama}`} triggerLabel="Pindahkan" triggerAriaLabel={`Pindahkan ${nama}`} triggerClassName={buttonClass.small}>
        {(close) => <UnitMoveForm unitId={unit.id} parentId={unit.parentId ?? ""} options={options} onDone={close} />}
      </FormDialog>
      {unit.aktif ? (
        <FormDialog title={`Tetapkan PLT/PLH ${nama}`} triggerLabel="Tetapkan PLT/PLH" triggerAriaLabel={`Tetapkan PLT/PLH untuk ${nama}`} triggerClassName={buttonClass.small}>
          {(close) => <PelaksanaTugasForm unitId={unit.id} unitNama={nama} onDone={close} />}
        </FormDialog>
      ) : null}
      {unit.pimpinan ? (
        <ConfirmAction
          label="Cabut klaim pimpinan"
          ariaLabel={`Cabut klaim pimpinan ${nama}`}
          question={`${unit.pimpinan.nama} tidak lagi tercatat sebagai pimpinan ${nama}. Atasan anggota unit tidak diubah otomatis; periksa di halaman pegawai.`}
          confirmLabel="Ya, cabut"
          action={() => revokePimpinan({ unitId: unit.id })}
        />
      ) : null}
      {unit.aktif ? (
        <ConfirmAction
          label="Nonaktifkan"
          ariaLabel={`Nonaktifkan ${nama}`}
          tone="danger"
          question={`${nama} ditandai tidak aktif. Datanya tetap tersimpan dan unit dapat diaktifkan kembali.`}
          confirmLabel="Ya, nonaktifkan"
          action={() => setUnitAktif({ unitId: unit.id, aktif: false })}
        />
      ) : (
        <ConfirmAction
          label="Aktifkan kembali"
          ariaLabel={`Aktifkan kembali ${nama}`}
          question={`${nama} kembali aktif.`}
          confirmLabel="Ya, aktifkan"
          action={() => setUnitAktif({ unitId: unit.id, aktif: true })}
        />
      )}
    </div>
  );
}
