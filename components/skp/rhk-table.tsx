import type { ReactNode } from "react";
import { LABEL_ASPEK, LABEL_KLASIFIKASI_RHK, LABEL_PERSPEKTIF } from "@/lib/domain/labels";
import { formatTarget } from "@/lib/domain/skp-target";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import type { IndikatorDetail, RhkDetail } from "@/lib/server/queries/skp";
import { LabelKartu, tabelKartu } from "@/components/tabel-kartu";

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
      {/* Cards below lg (see tabel-kartu.tsx); from lg up the official form's table fits beside the sidebar. */}
      <div className="lg:rounded-lg lg:border lg:border-slate-200 lg:bg-white">
        <table className={tabelKartu.table}>
          <thead className={`${tabelKartu.thead} bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600`}>
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
          {rows.length === 0 ? (
            <tbody className={tabelKartu.tbody}>
              <tr className="max-lg:block">
                <td colSpan={colCount} className="px-3 py-4 text-center text-slate-500 max-lg:block max-lg:rounded-lg max-lg:border max-lg:border-dashed max-lg:border-slate-300 max-lg:bg-white">
                  Belum ada RHK {jenis === "UTAMA" ? "Utama" : "Tambahan"}.
                </td>
              </tr>
            </tbody>
          ) : null}
          {rows.map((rhk, index) => {
            const span = Math.max(rhk.indikator.length, 1);
            const [first, ...rest] = rhk.indikator;
            const rhkCells = (
              <>
                <td rowSpan={span} className={`${cell} tabular-nums max-lg:text-xs max-lg:font-medium max-lg:text-slate-600`}>
                  <LabelKartu inline>RHK</LabelKartu>
                  {index + 1}
                </td>
                {layout !== "JPT" ? (
                  <td rowSpan={span} className={`${cell} text-slate-700`}>
                    <LabelKartu>RHK atasan yang diintervensi</LabelKartu>
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
                <td rowSpan={span} className={cell}>
                  <LabelKartu>Rencana Hasil Kerja</LabelKartu>
                  <p className="font-medium text-slate-900">{rhk.teks}</p>
                  <RhkMeta rhk={rhk} />
                  {renderRhkActions ? <div className="mt-2">{renderRhkActions(rhk, { index, total: rows.length })}</div> : null}
                </td>
              </>
            );
            // One tbody per RHK: below lg it is the RHK's card, its indikator stacked inside.
            return (
              <tbody key={rhk.id} className={`${tabelKartu.tbody} ${tabelKartu.kartu}`}>
                <tr className="border-slate-200 max-lg:block lg:border-t">
                  {rhkCells}
                  {first ? (
                    <IndikatorCells layout={layout} ind={first} actions={renderIndikatorActions?.(first, rhk)} withActions={withActions} />
                  ) : (
                    <td colSpan={headers.length + (withActions ? 1 : 0)} className={`${cell} ${awalIndikator} text-amber-800`}>
                      Belum ada indikator.
                    </td>
                  )}
                </tr>
                {rest.map((ind) => (
                  <tr key={ind.id} className="border-slate-100 max-lg:block lg:border-t">
                    <IndikatorCells layout={layout} ind={ind} actions={renderIndikatorActions?.(ind, rhk)} withActions={withActions} />
                  </tr>
                ))}
              </tbody>
            );
          })}
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
      {layout === "JPT" ? (
        <td className={`${cell} ${awalIndikator}`}><LabelKartu inline>Perspektif</LabelKartu>{ind.perspektif ? LABEL_PERSPEKTIF[ind.perspektif] : "-"}</td>
      ) : null}
      {layout === "STANDAR" ? (
        <td className={`${cell} ${awalIndikator}`}><LabelKartu inline>Aspek</LabelKartu>{ind.aspek ? LABEL_ASPEK[ind.aspek] : "-"}</td>
      ) : null}
      {layout === "KUALITATIF" ? (
        <td className={`${cell} ${awalIndikator}`}>
          <LabelKartu>Ukuran Keberhasilan / IKI, Target</LabelKartu>
          <p>{ind.teks}</p>
          <p className="mt-1 text-slate-600">{target}</p>
        </td>
      ) : (
        <>
          <td className={cell}><LabelKartu>Indikator Kinerja Individu</LabelKartu>{ind.teks}</td>
          <td className={`${cell} tabular-nums lg:whitespace-nowrap`}><LabelKartu inline>Target</LabelKartu>{target}</td>
        </>
      )}
      {withActions ? <td className={`${cell} max-lg:pb-2`}>{actions}</td> : null}
    </>
  );
}

const cell = `${tabelKartu.cell} px-3 py-2 align-top`;
/** On a card, a line above each indikator sets it apart from the RHK and from the one before. */
const awalIndikator = "max-lg:mt-1 max-lg:border-t max-lg:border-slate-100 max-lg:pt-2";

/** Columns after "Rencana Hasil Kerja", per layout. */
function columnsFor(layout: LayoutSkp): string[] {
  if (layout === "JPT") return ["Perspektif", "Indikator Kinerja Individu", "Target"];
  if (layout === "KUALITATIF") return ["Ukuran Keberhasilan / IKI, Target"];
  return ["Aspek", "Indikator Kinerja Individu", "Target"];
}
