import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { formatNip } from "@/lib/domain/nip";
import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import { requireActor } from "@/lib/server/auth";
import { listPermintaanMenunggu, type PermintaanRow } from "@/lib/server/queries/admin-permintaan-atasan";
import { KeputusanPermintaan } from "./keputusan-permintaan";

export const metadata: Metadata = { title: "Permintaan Atasan" };

export default async function AdminPermintaanAtasanPage() {
  const actor = await requireActor();
  if (!actor.isAdmin) return null;
  const rows = await listPermintaanMenunggu(actor);
  return (
    <>
      <PageHeader
        title="Permintaan Perubahan Atasan"
        description="Pegawai yang merasa atasannya keliru mengajukan atasan yang benar. Bandingkan dengan atasan menurut struktur unit kerja sebelum memutuskan."
      />
      {rows.length === 0 ? (
        <EmptyState title="Tidak ada permintaan yang menunggu" description="Permintaan baru dari pegawai akan muncul di sini." />
      ) : (
        <ul aria-label="Permintaan yang menunggu keputusan" className="space-y-4">
          {rows.map((r) => <Permintaan key={r.id} row={r} zona={actor.zonaWaktu} />)}
        </ul>
      )}
    </>
  );
}

function Permintaan({ row, zona }: { row: PermintaanRow; zona: ZonaWaktu }) {
  const sesuaiStruktur = row.atasanTurunan.orang?.id === row.atasanDiusulkan.id;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold text-slate-900">{row.pemohon.nama}</p>
          <p className="text-sm text-slate-600">
            <span className="font-mono text-xs">{formatNip(row.pemohon.nip)}</span> · {row.pemohon.jabatan}
            {row.pemohon.unit ? ` · ${row.pemohon.unit}` : ""}
          </p>
        </div>
        <p className="text-xs text-slate-500">Diajukan {formatWaktuDi(zona, row.diajukan)}</p>
      </div>
      <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
        <Kolom judul="Atasan saat ini" orang={row.atasanSaatIni} kosong="Belum diatur" />
        <div>
          <dt className="text-xs text-slate-500">Atasan yang diusulkan</dt>
          <dd>
            <OrangView orang={row.atasanDiusulkan} />
            {!row.atasanDiusulkan.aktif ? <StatusBadge tone="danger">Nonaktif</StatusBadge> : null}
            {sesuaiStruktur ? <StatusBadge tone="success">Sesuai struktur</StatusBadge> : <StatusBadge tone="warning">Berbeda dari struktur</StatusBadge>}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Atasan menurut struktur</dt>
          <dd>
            {row.atasanTurunan.orang ? <OrangView orang={row.atasanTurunan.orang} /> : <span className="text-slate-600">Tidak dapat ditentukan.</span>}
            {row.atasanTurunan.alasan ? <p className="mt-1 text-xs text-amber-900">{row.atasanTurunan.alasan}</p> : null}
          </dd>
        </div>
      </dl>
      <div className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm">
        <p className="text-xs text-slate-500">Alasan pegawai</p>
        <p className="whitespace-pre-line text-slate-800">{row.alasan}</p>
      </div>
      <KeputusanPermintaan permintaanId={row.id} pemohon={row.pemohon.nama} />
    </li>
  );
}

function Kolom({ judul, orang, kosong }: { judul: string; orang: PermintaanRow["atasanSaatIni"]; kosong: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{judul}</dt>
      <dd>{orang ? <OrangView orang={orang} /> : <span className="text-amber-900">{kosong}</span>}</dd>
    </div>
  );
}

function OrangView({ orang }: { orang: { nama: string; nip: string; jabatan: string } }) {
  return (
    <span className="block">
      <span className="block font-medium text-slate-900">{orang.nama}</span>
      <span className="block font-mono text-xs text-slate-500">{formatNip(orang.nip)}</span>
      <span className="block text-slate-600">{orang.jabatan}</span>
    </span>
  );
}
