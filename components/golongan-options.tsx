import { opsiGolongan, parseGolongan } from "@/lib/domain/pangkat-golongan";
import type { JenisPegawai } from "@/lib/generated/prisma/enums";

type Props = {
  jenisPegawai: JenisPegawai;
  /** What is stored now; an old free-text value off the list stays visible until it is replaced. */
  tersimpan: string | null;
  /** The first option's text; "" means choosing none is allowed. */
  kosong: string;
};

/** The options of every "Pangkat/golongan" select: the official list for PNS or PPPK. */
export function GolonganOptions({ jenisPegawai, tersimpan, kosong }: Props) {
  const diLuarDaftar = tersimpan && parseGolongan(tersimpan, jenisPegawai) !== tersimpan ? tersimpan : null;
  return (
    <>
      <option value="">{kosong}</option>
      {diLuarDaftar ? <option value={diLuarDaftar}>{diLuarDaftar} (tidak ada di daftar; pilih yang sesuai)</option> : null}
      {opsiGolongan(jenisPegawai).map((g) => (
        <option key={g.value} value={g.value}>{g.label}</option>
      ))}
    </>
  );
}
