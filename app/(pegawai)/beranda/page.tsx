import type { Metadata } from "next";
import Link from "next/link";
import { InfoCard } from "@/components/info-card";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { LABEL_JENIS_JABATAN, LABEL_JENIS_PEGAWAI } from "@/lib/domain/labels";
import { formatNip } from "@/lib/domain/nip";
import { jamDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import { requireActor } from "@/lib/server/auth";
import { getBeranda } from "@/lib/server/queries/beranda";
import { getTugasAnda } from "@/lib/server/queries/tugas";
import { AtasanCard } from "./atasan-card";
import { TugasAnda } from "./tugas-anda";

export const metadata: Metadata = { title: "Beranda" };

export default async function BerandaPage() {
  const actor = await requireActor();
  // The layout may already have counted the tasks for the menu: getTugasAnda is cached per request.
  const [b, tugas] = await Promise.all([getBeranda(actor), getTugasAnda(actor)]);

  return (
    <>
      <PageHeader title={`${salam(actor.zonaWaktu, new Date())}, ${b.nama}`} description={b.instansi} />
      <TugasAnda tugas={tugas} />
      <div className="grid gap-6 lg:grid-cols-2">
        <InfoCard
          title="Data Anda"
          items={[
            { label: "Nama", value: b.namaLengkap },
            { label: "NIP", value: <span className="font-mono">{formatNip(b.nip)}</span> },
            { label: "Status kepegawaian", value: LABEL_JENIS_PEGAWAI[b.jenisPegawai] },
            { label: "Unit kerja", value: b.unitKerja ?? <StatusBadge tone="warning">Belum diatur</StatusBadge> },
            {
              label: "Jabatan",
              value: (
                <>
                  {b.jabatan}
                  <span className="mt-0.5 block text-xs font-normal text-slate-500">
                    {LABEL_JENIS_JABATAN[b.jenisJabatan]}
                    {b.eselon ? ` · Eselon ${ESELON_ROMAWI[b.eselon] ?? b.eselon}` : ""}
                  </span>
                </>
              ),
            },
            { label: "Pangkat/golongan", value: b.pangkatGolongan ?? "—" },
          ]}
        />
        <div className="flex flex-col gap-6">
          <AtasanCard atasan={b.atasan} />
          {b.memimpinUnit || b.jumlahBawahan > 0 ? (
            <InfoCard
              title="Bawahan"
              items={[
                ...(b.memimpinUnit ? [{ label: "Memimpin", value: b.memimpinUnit }] : []),
                { label: "Jumlah bawahan", value: `${b.jumlahBawahan} pegawai` },
              ]}
            />
          ) : null}
          {b.isAdmin ? (
            <InfoCard title="Admin instansi" items={[]}>
              <p className="text-sm text-slate-600">Anda juga admin instansi ini.</p>
              <Link href="/admin/pegawai" className="mt-2 inline-block text-sm font-medium text-blue-700 underline">
                Kelola data pegawai
              </Link>
            </InfoCard>
          ) : null}
        </div>
      </div>
    </>
  );
}

const ESELON_ROMAWI: Record<number, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/** Greeting by the time of day on the instansi's clock. */
function salam(zona: ZonaWaktu, now: Date): string {
  const { jam } = jamDi(zona, now);
  if (jam < 11) return "Selamat pagi";
  if (jam < 15) return "Selamat siang";
  if (jam < 18) return "Selamat sore";
  return "Selamat malam";
}
