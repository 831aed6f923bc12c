import type { Metadata } from "next";
import { InfoCard } from "@/components/info-card";
import { Notice } from "@/components/notice";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/server/auth";
import { getKlaimPilihan, getProfil } from "@/lib/server/queries/profil";
import { KlaimForm, LepasKlaimButton } from "./klaim-form";

export const metadata: Metadata = { title: "Klaim Pimpinan Unit Kerja" };

export default async function KlaimPimpinanPage() {
  const actor = await requireActor();
  const p = await getProfil(actor);
  const header = (
    <>
      <BackLink href="/profil" ke="Profil" />
      <PageHeader
        title="Klaim Pimpinan Unit Kerja"
        description="Pimpinan unit kerja menjadi atasan langsung (pejabat penilai) para pegawai di unit tersebut."
      />
    </>
  );

  if (p.memimpin) {
    return (
      <>
        {header}
        <div className="max-w-2xl">
          <InfoCard title="Unit yang Anda pimpin" items={[{ label: "Unit kerja", value: p.memimpinPath }]}>
            <p className="mb-3 text-sm text-slate-600">
              Lepas klaim bila Anda tidak lagi memimpin unit ini, misalnya setelah mutasi. Pegawai unit yang atasannya
              mengikuti struktur akan beralih ke pimpinan unit di atasnya.
            </p>
            <LepasKlaimButton unitId={p.memimpin.id} />
          </InfoCard>
        </div>
      </>
    );
  }

  if (!p.bolehKlaim) {
    return (
      <>
        {header}
        <div className="max-w-2xl">
          <Notice title="Klaim pimpinan hanya untuk pejabat struktural">
            Menu ini berlaku untuk pejabat struktural eselon II, III, dan IV. Jika jabatan Anda sudah berubah, perbarui lewat
            Sinkron SIASN di halaman Profil.
          </Notice>
        </div>
      </>
    );
  }

  const units = await getKlaimPilihan(actor, p.eselon);
  return (
    <>
      {header}
      <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <KlaimForm units={units} defaultUnitId={units.some((u) => u.id === p.unitId) ? (p.unitId ?? "") : ""} />
      </div>
    </>
  );
}
