import type { Metadata } from "next";
import { InfoCard } from "@/components/info-card";
import { Notice } from "@/components/notice";
import { BackLink } from "@/components/back-link";
import { PageHeader } from "@/components/page-header";
import { requireActor, type Actor } from "@/lib/server/auth";
import { getKlaimPilihan, getProfil } from "@/lib/server/queries/profil";
import { HasilKlaimBatas } from "./hasil-klaim";
import { KlaimForm, LepasKlaimButton } from "./klaim-form";

export const metadata: Metadata = { title: "Klaim Pimpinan Unit Kerja" };

export default async function KlaimPimpinanPage() {
  const actor = await requireActor();
  const header = (
    <>
      <BackLink href="/profil" ke="Profil" />
      <PageHeader
        title="Klaim Pimpinan Unit Kerja"
        description="Pimpinan unit kerja menjadi atasan langsung (pejabat penilai) para pegawai di unit tersebut."
      />
    </>
  );
  // One frame for every branch: a klaim turns the form into Lepas klaim (and back), and the
  // result shown above it must survive that swap.
  return (
    <>
      {header}
      <HasilKlaimBatas>{await isiHalaman(actor)}</HasilKlaimBatas>
    </>
  );
}

async function isiHalaman(actor: Actor) {
  const p = await getProfil(actor);
  if (p.memimpin) {
    return (
      <div className="max-w-2xl">
        <InfoCard title="Unit yang Anda pimpin" items={[{ label: "Unit kerja", value: p.memimpinPath }]}>
          <p className="mb-3 text-sm text-slate-600">
            Lepas klaim bila Anda tidak lagi memimpin unit ini, misalnya setelah mutasi. Pegawai unit yang atasannya
            mengikuti struktur akan beralih ke pimpinan unit di atasnya.
          </p>
          <LepasKlaimButton unitId={p.memimpin.id} />
        </InfoCard>
      </div>
    );
  }

  if (!p.bolehKlaim) {
    return (
      <div className="max-w-2xl">
        <Notice title="Klaim pimpinan hanya untuk pejabat struktural">
          Menu ini berlaku untuk pejabat struktural eselon II, III, dan IV. Jika jabatan Anda sudah berubah, perbarui lewat
          Sinkron SIASN di halaman Profil.
        </Notice>
      </div>
    );
  }

  const units = await getKlaimPilihan(actor, p.eselon);
  return (
    <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <KlaimForm units={units} defaultUnitId={units.some((u) => u.id === p.unitId) ? (p.unitId ?? "") : ""} />
    </div>
  );
}
