import type { Metadata } from "next";
import Link from "next/link";
import { InfoCard } from "@/components/info-card";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { UnduhDataLink } from "@/components/unduh-data-link";
import { LABEL_JENIS_JABATAN, LABEL_JENIS_PEGAWAI } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { requireActor } from "@/lib/server/auth";
import { getKeamanan } from "@/lib/server/queries/keamanan";
import { getPreferensiNotifikasi } from "@/lib/server/queries/notifikasi";
import { getProfil } from "@/lib/server/queries/profil";
import { getSiasnClient } from "@/lib/server/siasn/get-client";
import { AtasanSection } from "./atasan-section";
import { KeamananSection } from "./keamanan-section";
import { KontakForm } from "./kontak-form";
import { NotifikasiSection } from "./notifikasi-section";
import { SinkronPanel } from "./sinkron-panel";

export const metadata: Metadata = { title: "Profil" };

const ESELON: Record<number, string> = { 1: "I", 2: "II", 3: "III", 4: "IV", 5: "V" };

export default async function ProfilPage() {
  const actor = await requireActor();
  const [p, keamanan, preferensi] = await Promise.all([getProfil(actor), getKeamanan(actor), getPreferensiNotifikasi(actor)]);

  return (
    <>
      <PageHeader
        title="Profil"
        description="Data kepegawaian Anda. Data dari SIASN hanya dapat diperbarui lewat Sinkron SIASN atau Ubah Profil."
        actions={
          <Link href="/profil/ubah" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
            Ubah Profil
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-6">
          <InfoCard
            title="Data pribadi"
            items={[
              { label: "Nama", value: p.namaLengkap },
              { label: "NIP", value: <span className="font-mono">{formatNip(p.nip)}</span> },
              { label: "Jenis pegawai", value: LABEL_JENIS_PEGAWAI[p.jenisPegawai] },
              { label: "Jabatan", value: p.jabatan },
              {
                label: "Jenis jabatan",
                value: `${LABEL_JENIS_JABATAN[p.jenisJabatan]}${p.eselon ? ` · Eselon ${ESELON[p.eselon] ?? p.eselon}` : ""}`,
              },
              { label: "Pangkat/golongan", value: p.pangkatGolongan ?? "—" },
              { label: "Unit kerja", value: p.unitPath ?? <StatusBadge tone="warning">Belum diatur</StatusBadge> },
              { label: "Instansi", value: p.instansi.nama },
            ]}
          />
          <InfoCard title="Kontak" items={[]}>
            <KontakForm email={p.email ?? ""} noHp={p.noHp ?? ""} version={p.version} />
          </InfoCard>
          <NotifikasiSection adaEmail={preferensi.adaEmail} pilihan={preferensi.pilihan} />
          <KeamananSection keamanan={keamanan} nip={p.nip} zona={actor.zonaWaktu} />
        </div>
        <div className="flex flex-col gap-6">
          <AtasanSection profil={p} zona={actor.zonaWaktu} />
          <SinkronPanel configured={getSiasnClient() !== null} terakhir={p.sinkronTerakhir} lastSyncAt={p.lastSyncAt} zona={actor.zonaWaktu} />
          <InfoCard title="Unduh data saya" items={[]}>
            <p className="mb-3 text-sm text-slate-600">
              Semua SKP Anda dari tahun ke tahun dalam satu berkas ZIP: PDF SKP dan evaluasi kinerja setiap periode, serta RHK,
              indikator, realisasi, bukti dukung, umpan balik, rating, predikat, angka kredit dan Progres Harian dalam Excel
              (data.xlsx) dan JSON (data.json).
            </p>
            <UnduhDataLink>Unduh data saya (ZIP)</UnduhDataLink>
          </InfoCard>
          {p.bolehKlaim ? (
            <InfoCard
              title="Pimpinan unit kerja"
              items={[{ label: "Memimpin", value: p.memimpinPath ?? "Belum mengklaim unit" }]}
            >
              <Link href="/klaim-pimpinan" className="text-sm font-semibold text-blue-800 underline">
                {p.memimpinPath ? "Kelola klaim pimpinan" : "Klaim pimpinan unit kerja"}
              </Link>
            </InfoCard>
          ) : null}
        </div>
      </div>
    </>
  );
}
