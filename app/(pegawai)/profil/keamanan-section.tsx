import { InfoCard } from "@/components/info-card";
import { labelAksi } from "@/lib/domain/audit-aksi";
import { ringkasPerangkat } from "@/lib/domain/perangkat";
import { formatWaktuDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { Keamanan } from "@/lib/server/queries/keamanan";
import { GantiSandiForm } from "@/app/(auth)/ganti-sandi/ganti-sandi-form";
import { KeluarSemuaButton } from "./keluar-semua-button";

/** Profil › Keamanan: where the pegawai is signed in, and who tried to sign in as them. */
export function KeamananSection({ keamanan, nip, zona }: { keamanan: Keamanan; nip: string; zona: ZonaWaktu }) {
  return (
    <InfoCard title="Keamanan" items={[]}>
      <div id="keamanan" className="space-y-6">
        <section aria-labelledby="ubah-sandi-judul">
          <h3 id="ubah-sandi-judul" className="text-sm font-semibold text-slate-900">
            Ubah kata sandi
          </h3>
          <p className="mt-1 mb-3 text-sm text-slate-600">Perangkat lain yang masuk dengan akun Anda akan dikeluarkan.</p>
          <GantiSandiForm nip={nip} mode="profil" />
        </section>
        <section aria-label="Sesi aktif">
          <h3 className="text-sm font-semibold text-slate-900">Sesi aktif</h3>
          {keamanan.sesi.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">Tidak ada sesi aktif.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {keamanan.sesi.map((s) => (
                <li key={s.id} className="min-w-0 py-2">
                  <p className="font-medium text-slate-900" title={s.userAgent ?? undefined}>
                    {ringkasPerangkat(s.userAgent)}
                  </p>
                  <p className="text-slate-600">
                    {s.alamat ?? "Alamat tidak diketahui"} · sejak {formatWaktuDi(zona, s.createdAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <div className="mt-3">
            <KeluarSemuaButton />
          </div>
        </section>
        <section aria-label="Riwayat masuk">
          <h3 className="text-sm font-semibold text-slate-900">Riwayat masuk</h3>
          {keamanan.riwayat.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">Belum ada riwayat masuk.</p>
          ) : (
            <table className="mt-2 w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">Waktu</th>
                  <th className="py-1 pr-3 font-medium">Kejadian</th>
                  <th className="py-1 font-medium">Alamat</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {keamanan.riwayat.map((r) => (
                  <tr key={r.id}>
                    <td className="py-1 pr-3">{formatWaktuDi(zona, r.createdAt)}</td>
                    <td className={`py-1 pr-3 ${r.aksi === "MASUK_GAGAL" ? "text-red-700" : "text-slate-900"}`}>{labelAksi(r.aksi)}</td>
                    <td className="py-1 text-slate-600">{r.alamat ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </InfoCard>
  );
}
