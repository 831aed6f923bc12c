import { InfoCard } from "@/components/info-card";
import { Notice } from "@/components/notice";
import { formatNip } from "@/lib/domain/nip";
import type { AtasanInfo } from "@/lib/server/queries/beranda";

/**
 * The atasan is the pejabat penilai who approves the SKP, so a missing or wrong one blocks
 * everything after it. Say so plainly, and say who can fix it.
 */
export function AtasanCard({ atasan }: { atasan: AtasanInfo }) {
  if (atasan.status === "PUNCAK") {
    return (
      <InfoCard title="Atasan langsung" items={[]}>
        <p className="text-sm text-slate-700">
          Tidak ada atasan di instansi ini: Anda memimpin unit tertinggi instansi.
        </p>
      </InfoCard>
    );
  }
  if (atasan.status === "BELUM_DIATUR") {
    return (
      <InfoCard title="Atasan langsung" items={[]}>
        <Notice tone="warning" title="Atasan Anda belum diatur">
          Tanpa atasan, SKP Anda tidak dapat diajukan dan dinilai. Hubungi admin instansi untuk menetapkan atasan
          langsung Anda.
        </Notice>
      </InfoCard>
    );
  }
  return (
    <InfoCard
      title="Atasan langsung"
      items={[
        { label: "Nama", value: atasan.nama },
        { label: "NIP", value: <span className="font-mono">{formatNip(atasan.nip)}</span> },
        { label: "Jabatan", value: atasan.jabatan },
      ]}
    >
      {atasan.aktif ? (
        <p className="text-xs text-slate-500">Atasan langsung Anda adalah pejabat penilai kinerja SKP Anda.</p>
      ) : (
        <Notice tone="warning" title="Atasan Anda sudah tidak aktif">
          SKP Anda tidak dapat dinilai oleh pegawai yang sudah tidak aktif. Hubungi admin instansi untuk memperbarui
          atasan langsung Anda.
        </Notice>
      )}
    </InfoCard>
  );
}
