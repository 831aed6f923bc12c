import type { ReactNode } from "react";
import { LABEL_ASPEK, LABEL_KLASIFIKASI_RHK, LABEL_PERSPEKTIF } from "@/lib/domain/labels";
import { formatTarget } from "@/lib/domain/skp-target";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import type { IndikatorDetail, RhkDetail } from "@/lib/server/queries/skp";

type Props = {
  layout: LayoutSkp;
  rhkUtama: RhkDetail[];
  rhkTambahan: RhkDetail[];
  /** Edit controls shown inside the RHK cell (pegawai in Draft); absent means read-only. */
  renderRhkActions?: (rhk: RhkDetail, posisi: { index: number; total: number }) => ReactNode;
  /** Controls for one indikator; when given, an "Aksi" column is added. */
  renderIndikatorActions?: (indikator: IndikatorDetail, rhk: RhkDetail) => ReactNode;
  /** Shown under a group's table, e.g. an "Tambah RHK" button. */
  renderGroupFooter?: (jenis: "UTAMA" | "TAMBAHAN") => ReactNode;
};

/** The A. Utama / B. Tambahan tables of the official SKP form, adapted to the layout. */
export function RhkTable(props: Props) {
  return (
    <div className="space-y-6">
      <RhkGroup {...props} judul="A. Utama" jenis="UTAMA" rows={props.rhkUtama} />
      <RhkGroup {...props} judul="B. Tambahan" jenis="TAMBAHAN" rows={props.rhkTambahan} />
    </div>
  );
}

function RhkGroup({
  layout,
  judul,
  jenis,
  rows,
  renderRhkActions,
  renderIndikatorActions,
  renderGroupFooter,
}: Props & { judul: string; jenis: "UTAMA" | "TAMBAHAN"; rows: RhkDetail[] }) {
  const headers = columnsFor(layout);
  const withActions = Boolean(renderIndikatorActions);
  const colCount = headers.length + 2 + (layout !== "JPT" ? 1 : 0) + (withActions ? 1 : 0);
  return (
    <section aria-label={`RHK ${judul}`}>
      <h3 className="mb-2 font-semibold text-slate-900">{judul}</h3>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[44rem] border-collapse text-sm">
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="w-10 px-3 py-2">No</th>
              {layout !== "JPT" ? <th scope="col" className="w-1/5 px-3 py-2">RHK atasan yang diintervensi</th> : null}
              <th scope="col" className="px-3 py-2">Rencana Hasil Kerja</th>
              {headers.map((h) => (
                <th key={h} scope="col" className="px-3 py-2">{h}</th>
              ))}
              {withActions ? <th scope="col" className="px-3 py-2"><span className="sr-only">Aksi indikator</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={colCount} className="px-3 py-4 text-center text-slate-500">
                  Belum ada RHK {jenis === "UTAMA" ? "Utama" : "Tambahan"}.
                </td>
              </tr>
            ) : null}
            {rows.map((rhk, index) => {
              const span = Math.max(rhk.indikator.length, 1);
              const [first, ...rest] = rhk.indikator;
              const rhkCells = (
                <>
                  <td rowSpan={span} className="px-3 py-2 align-top tabular-nums">{index + 1}</td>
                  {layout !== "JPT" ? (
                    <td rowSpan={span} className="px-3 py-2 align-top text-slate-700">
                      {rhk.parent ? (
                        <>
                          <p>{rhk.parent.teks}</p>
                          <p className="mt-1 text-xs text-slate-500">RHK {rhk.parent.pemilikNama}</p>
                        </>
                      ) : (
                        <span className="text-slate-500">-</span>
                      )}
                    </td>
                  ) : null}
                  <td rowSpan={span} className="px-3 py-2 align-top">
                    <p className="font-medium text-slate-900">{rhk.teks}</p>
                    <RhkMeta rhk={rhk} />
                    {renderRhkActions ? <div className="mt-2">{renderRhkActions(rhk, { index, total: rows.length })}</div> : null}
                  </td>
                </>
              );
              return [
                <tr key={rhk.id} className="border-t border-slate-200">
                  {rhkCells}
                  {first ? (
                    <IndikatorCells layout={layout} ind={first} actions={renderIndikatorActions?.(first, rhk)} withActions={withActions} />
                  ) : (
                    <td colSpan={headers.length + (withActions ? 1 : 0)} className="px-3 py-2 align-top text-amber-800">
                      Belum ada indikator.
                    </td>
                  )}
                </tr>,
                ...rest.map((ind) => (
                  <tr key={ind.id} className="border-t border-slate-100">
                    <IndikatorCells layout={layout} ind={ind} actions={renderIndikatorActions?.(ind, rhk)} withActions={withActions} />
                  </tr>
                )),
              ];
            })}
          </tbody>
        </table>
      </div>
      {renderGroupFooter ? <div className="mt-2">{renderGroupFooter(jenis)}</div> : null}
    </section>
  );
}

function RhkMeta({ rhk }: { rhk: RhkDetail }) {
  const parts = [
    rhk.klasifikasi ? `Klasifikasi: ${LABEL_KLASIFIKASI_RHK[rhk.klasifikasi]}` : null,
    rhk.penugasanDari ? `Penugasan dari: ${rhk.penugasanDari}` : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <p className="mt-1 text-xs text-slate-500">{parts.join(" · ")}</p>;
}

function IndikatorCells({
  layout,
  ind,
  actions,
  withActions,
}: {
  layout: LayoutSkp;
  ind: IndikatorDetail;
  actions: ReactNode;
  withActions: boolean;
}) {
  const target = formatTarget(ind);
  return (
    <>
      {layout === "JPT" ? <td className="px-3 py-2 align-top">{ind.perspektif ? LABEL_PERSPEKTIF[ind.perspektif] : "-"}</td> : null}
      {layout === "STANDAR" ? <td className="px-3 py-2 align-top">{ind.aspek ? LABEL_ASPEK[ind.aspek] : "-"}</td> : null}
      {layout === "KUALITATIF" ? (
        <td className="px-3 py-2 align-top">
          <p>{ind.teks}</p>
          <p className="mt-1 text-slate-600">{target}</p>
        </td>
      ) : (
        <>
          <td className="px-3 py-2 align-top">{ind.teks}</td>
          <td className="px-3 py-2 align-top whitespace-nowrap tabular-nums">{target}</td>
        </>
      )}
      {withActions ? <td className="px-3 py-2 align-top">{actions}</td> : null}
    </>
  );
}

/** Columns after "Rencana Hasil Kerja", per layout. */
function columnsFor(layout: LayoutSkp): string[] {
  if (layout === "JPT") return ["Perspektif", "Indikator Kinerja Individu", "Target"];
  if (layout === "KUALITATIF") return ["Ukuran Keberhasilan / IKI, Target"];
  return ["Aspek", "Indikator Kinerja Individu", "Target"];
}
