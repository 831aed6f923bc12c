import Link from "next/link";
import { InfoCard } from "@/components/info-card";
import { Notice } from "@/components/notice";
import { StatusBadge } from "@/components/status-badge";
import { STATUS } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { PegawaiRingkas, Profil } from "@/lib/server/queries/profil";
import { BatalPermintaanButton } from "./batal-permintaan-button";

/**
 * "Data Atasan": the stored atasan, the one the unit tree expects, and the way to fix a
 * difference. The stored one stays in force until the admin confirms a request.
 */
export function AtasanSection({ profil: p, zona }: { profil: Profil; zona: ZonaWaktu }) {
  const menunggu = p.permintaan?.status === "MENUNGGU" ? p.permintaan : null;
  return (
    <InfoCard title="Data Atasan" items={p.atasan ? orang(p.atasan) : []}>
      <div className="space-y-3">
        {!p.atasan ? (
          <Notice tone={p.atasanSeharusnya ? "warning" : "info"} title="Atasan Anda belum diatur">
            {p.alasanAtasanSeharusnya ?? "Tanpa atasan, SKP Anda tidak dapat diajukan dan dinilai."}
          </Notice>
        ) : null}
        {p.atasanBerbeda && p.atasanSeharusnya ? (
          <Notice tone="warning" title="Atasan tercatat berbeda dengan struktur unit kerja">
            <p>
              Menurut struktur unit kerja, atasan Anda seharusnya <strong>{p.atasanSeharusnya.nama}</strong> (
              {p.atasanSeharusnya.jabatan}). Atasan tidak diubah otomatis; ajukan perubahan dan admin instansi akan
              mengonfirmasinya.
            </p>
            {!menunggu ? (
              <Link
                href={`/profil/atasan?pilih=${p.atasanSeharusnya.id}`}
                className="mt-2 inline-block font-semibold text-amber-950 underline"
              >
                Ajukan {p.atasanSeharusnya.nama} sebagai atasan
              </Link>
            ) : null}
          </Notice>
        ) : p.atasan && p.atasanSeharusnya?.id === p.atasan.id ? (
          <p className="text-xs text-slate-600">Sesuai dengan struktur unit kerja.</p>
        ) : p.atasan && p.alasanAtasanSeharusnya ? (
          <Notice title="Catatan struktur unit kerja">{p.alasanAtasanSeharusnya}</Notice>
        ) : null}
        {p.permintaan ? (
          <div className="rounded-md border border-slate-200 px-4 py-3 text-sm" aria-label="Permintaan perubahan atasan">
            <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
              Permintaan perubahan atasan
              <StatusBadge status={STATUS.permintaan[p.permintaan.status]} />
            </p>
            <p className="mt-1 text-slate-700">
              Diusulkan: {p.permintaan.diusulkan.nama} · diajukan {formatWaktuDi(zona, p.permintaan.createdAt)}
            </p>
            <p className="text-slate-600">Alasan: {p.permintaan.alasan}</p>
            {p.permintaan.catatanKeputusan ? <p className="text-slate-600">Catatan admin: {p.permintaan.catatanKeputusan}</p> : null}
            {menunggu ? <BatalPermintaanButton permintaanId={menunggu.id} /> : null}
          </div>
        ) : null}
        {!menunggu ? (
          <Link href="/profil/atasan" className="inline-block text-sm font-semibold text-blue-800 underline">
            Ajukan perubahan atasan
          </Link>
        ) : null}
      </div>
    </InfoCard>
  );
}

function orang(o: PegawaiRingkas) {
  return [
    { label: "Nama", value: o.aktif ? o.nama : <>{o.nama} <StatusBadge tone="danger">Tidak aktif</StatusBadge></> },
    { label: "NIP", value: <span className="font-mono">{formatNip(o.nip)}</span> },
    { label: "Jabatan", value: o.jabatan },
    { label: "Unit kerja", value: o.unit ?? "—" },
  ];
}
