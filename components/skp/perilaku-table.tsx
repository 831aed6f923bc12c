import type { ReactNode } from "react";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import type { CoreValue } from "@/lib/generated/prisma/enums";
import { LabelKartu, tabelKartu } from "@/components/tabel-kartu";

type Props = {
  ekspektasi: Partial<Record<CoreValue, string>>;
  /** The atasan's editor for one value; absent means the ekspektasi is shown read-only. */
  renderEkspektasi?: (coreValue: CoreValue, teks: string | undefined) => ReactNode;
};

/** Perilaku Kerja: the 7 BerAKHLAK values, their panduan, and the atasan's ekspektasi khusus. */
export function PerilakuTable({ ekspektasi, renderEkspektasi }: Props) {
  return (
    <div className="lg:rounded-lg lg:border lg:border-slate-200 lg:bg-white">
      <table className={tabelKartu.table}>
        <thead className={`${tabelKartu.thead} bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600`}>
          <tr>
            <th scope="col" className="w-10 px-3 py-2">No</th>
            <th scope="col" className="px-3 py-2">Perilaku Kerja</th>
            <th scope="col" className="w-2/5 px-3 py-2">Ekspektasi Khusus Pimpinan</th>
          </tr>
        </thead>
        <tbody className={tabelKartu.tbody}>
          {BERAKHLAK.map((nilai, index) => {
            const teks = ekspektasi[nilai.coreValue];
            return (
              <tr key={nilai.coreValue} className={`border-slate-200 lg:border-t ${tabelKartu.kartu}`}>
                <td className={`${cell} tabular-nums max-lg:sr-only`}>{index + 1}</td>
                <td className={cell}>
                  <p className="font-medium text-slate-900"><span aria-hidden className="lg:hidden">{index + 1}. </span>{nilai.nama}</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
                    {nilai.panduan.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </td>
                <td className={`${cell} max-lg:mt-1 max-lg:border-t max-lg:border-slate-100 max-lg:pt-2`}>
                  <LabelKartu>Ekspektasi Khusus Pimpinan</LabelKartu>
                  {renderEkspektasi ? (
                    renderEkspektasi(nilai.coreValue, teks)
                  ) : teks ? (
                    <p className="whitespace-pre-line">{teks}</p>
                  ) : (
                    <span className="text-slate-500">Tidak ada</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const cell = `${tabelKartu.cell} px-3 py-2 align-top`;
