"use client";

import { PegawaiPicker as Picker, type PegawaiPickerProps } from "@/components/pegawai-picker";
import { cariPegawai } from "@/lib/server/actions/admin-pegawai-cari";

/** The admin forms' person picker: it searches with the admin's own action. */
export function PegawaiPicker(props: Omit<PegawaiPickerProps, "cari">) {
  return <Picker {...props} cari={cariPegawai} />;
}
