import { buttonClass } from "@/components/skp/form-field";

type Props = {
  pegawaiId: string;
  /** Any day of the week or month to recap, `YYYY-MM-DD`. */
  tanggal: string;
  /** Who the recap is of, for screen readers when several bawahan are listed ("Rekap Budi"). */
  nama?: string;
};

const JENIS = [
  { jenis: "mingguan", label: "Rekap mingguan" },
  { jenis: "bulanan", label: "Rekap bulanan" },
] as const;

/** Download links for the weekly and monthly recap (PDF and XLSX); plain links, usable from any page. */
export function RekapLinks({ pegawaiId, tanggal, nama }: Props) {
  const href = (jenis: string, format: string) =>
    `/api/progres-harian/rekap?${new URLSearchParams({ pegawaiId, jenis, tanggal, format }).toString()}`;
  return (
    <div role="group" aria-label={nama ? `Unduh rekap Progres Harian ${nama}` : "Unduh rekap Progres Harian"} className="flex flex-wrap gap-2">
      {JENIS.map(({ jenis, label }) => (
        <span key={jenis} className="inline-flex flex-wrap gap-1">
          <a className={buttonClass.small} href={href(jenis, "pdf")} download>{label} (PDF)</a>
          <a className={buttonClass.small} href={href(jenis, "xlsx")} download>{label} (XLSX)</a>
        </span>
      ))}
    </div>
  );
}
