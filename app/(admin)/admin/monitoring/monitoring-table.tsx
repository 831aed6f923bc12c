"use client";

import { StatusIsi } from "@/components/status-badge";
import { formatJumlah } from "@/lib/domain/desimal";
import { STATUS } from "@/lib/domain/labels";
import type { BarisMonitoring, Monitoring } from "@/lib/server/queries/monitoring";
import { GeserRegion, LabelKartu, tabelKartu } from "@/components/tabel-kartu";

type Props = { monitoring: Monitoring; tahun: number };

// The official statuses; a returned SKP is a Draft here, and "Dikembalikan" among the names.
const KOLOM_SKP = [
  { key: "draft", status: "DRAFT" },
  { key: "pengajuan", status: "PENGAJUAN" },
  { key: "persetujuan", status: "PERSETUJUAN" },
  { key: "belum", status: "BELUM" },
] as const;

const FINAL = STATUS.penilaian.FINAL.label;
const PERSETUJUAN = STATUS.skp.PERSETUJUAN.label;

/**
 * One level of the unit tree: each row counts a child unit with everything below it. Below lg each
 * unit is a card (see tabel-kartu.tsx); from lg up the unit column stays put while the numbers
 * scroll sideways when the periods do not fit; every non-zero number
 * links to the names behind it. Plain anchors: a page holds hundreds of them and none needs
 * prefetching. A client component although it keeps no state: the server then sends the counts
 * as data instead of serialising hundreds of cells into the RSC payload (see README, Performa).
 */
export function MonitoringTable({ monitoring, tahun }: Props) {
  const { periode, baris, total } = monitoring;
  const href = (b: BarisMonitoring, query: Record<string, string>) =>
    `/admin/monitoring/rincian?${new URLSearchParams({ tahun: String(tahun), unit: b.unitId ?? "tanpa", ...(b.punyaAnak ? { bawahan: "1" } : {}), ...query })}`;
  const buka = (b: BarisMonitoring) =>
    b.punyaAnak ? `/admin/monitoring?${new URLSearchParams({ tahun: String(tahun), unit: b.unitId ?? "" })}` : href(b, {});

  return (
    <GeserRegion label={`Tabel monitoring tahun ${tahun}`} className="lg:rounded-lg lg:border lg:border-slate-200 lg:bg-white lg:shadow-sm">
      <table className="min-w-full text-sm max-lg:block lg:divide-y lg:divide-slate-200">
        <caption className="sr-only">Monitoring pengisian SKP dan penilaian tahun {tahun} per unit kerja</caption>
        <thead className={`${tabelKartu.thead} bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase`}>
          <tr>
            <th scope="col" rowSpan={2} className="sticky left-0 bg-slate-50 px-3 py-2 text-left">Unit kerja</th>
            <th scope="col" rowSpan={2} className="px-3 py-2 text-right">Pegawai</th>
            <th scope="colgroup" colSpan={4} className="border-b border-slate-200 px-3 py-2 text-center">SKP {tahun}</th>
            {periode.length > 0 ? (
              <th scope="colgroup" colSpan={periode.length} className="border-b border-slate-200 px-3 py-2 text-center">
                Penilaian {FINAL} / SKP {PERSETUJUAN}
              </th>
            ) : null}
          </tr>
          <tr>
            {KOLOM_SKP.map((k) => (
              <th key={k.key} scope="col" className="px-3 py-2 text-right normal-case"><StatusIsi status={STATUS.skp[k.status]} /></th>
            ))}
            {periode.map((p) => (
              <th key={p.id} scope="col" className="px-3 py-2 text-right normal-case whitespace-nowrap">{p.label}</th>
            ))}
          </tr>
        </thead>
        <tbody className={`${tabelKartu.tbody} lg:divide-y lg:divide-slate-100`}>
          {baris.map((b) => (
            <tr key={`${b.jenis}:${b.unitId}`} className={`${kartu} max-lg:bg-white`}>
              <th scope="row" className={`${unitCell} bg-white font-normal text-slate-900`}>
                <a href={buka(b)} className={b.jenis === "unit" ? "hover:underline" : "text-slate-600 italic hover:underline"}>{b.nama}</a>
                {b.punyaAnak ? <span aria-hidden className="ml-1 text-slate-400">›</span> : null}
              </th>
              <td className={`${angkaCell} max-lg:col-span-2`}><LabelKartu>Pegawai</LabelKartu>{formatJumlah(b.pegawai)}</td>
              {KOLOM_SKP.map((k) => (
                <td key={k.key} className={angkaCell}>
                  <LabelKartu>{STATUS.skp[k.status].label}</LabelKartu>
                  <Angka nilai={b[k.key]} href={href(b, { status: k.status })} label={`${b[k.key]} pegawai ${k.status === "BELUM" ? "belum membuat SKP" : `SKP ${STATUS.skp[k.status].label}`} di ${b.nama}`} />
                </td>
              ))}
              {periode.map((p) => (
                <td key={p.id} className={`${angkaCell} whitespace-nowrap`}>
                  <LabelKartu>{p.label}</LabelKartu>
                  <Angka
                    nilai={b.final[p.id] ?? 0}
                    href={href(b, { periode: p.id, penilaian: "FINAL" })}
                    label={`${b.final[p.id] ?? 0} penilaian ${p.label} ${FINAL} di ${b.nama}`}
                  />
                  <span className="text-slate-400"> / </span>
                  <Angka
                    nilai={b.persetujuan - (b.final[p.id] ?? 0)}
                    tampil={b.persetujuan}
                    href={href(b, { periode: p.id, penilaian: "BELUM" })}
                    label={`${b.persetujuan} SKP ${PERSETUJUAN} di ${b.nama}; lihat ${b.persetujuan - (b.final[p.id] ?? 0)} yang penilaian ${p.label}-nya belum ${FINAL}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="font-semibold text-slate-900 max-lg:block lg:bg-slate-50">
          <tr className={`${kartu} max-lg:bg-slate-50`}>
            <th scope="row" className={`${unitCell} bg-slate-50`}>Jumlah</th>
            <td className={`${angkaCell} max-lg:col-span-2`}><LabelKartu>Pegawai</LabelKartu>{formatJumlah(total.pegawai)}</td>
            {KOLOM_SKP.map((k) => (
              <td key={k.key} className={angkaCell}><LabelKartu>{STATUS.skp[k.status].label}</LabelKartu>{formatJumlah(total[k.key])}</td>
            ))}
            {periode.map((p) => (
              <td key={p.id} className={angkaCell}>
                <LabelKartu>{p.label}</LabelKartu>
                {formatJumlah(total.final[p.id] ?? 0)} / {formatJumlah(total.persetujuan)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </GeserRegion>
  );
}

const kartu = tabelKartu.kartuAngka;
const unitCell = `${tabelKartu.judulKartuAngka} lg:min-w-56`;
const angkaCell = tabelKartu.angka;

/**
 * A count that links to the names behind it; with nobody behind it, it stays plain text. The
 * "/ y" of a penilaian cell shows the approved SKP and opens those not yet final.
 */
function Angka({ nilai, href, label, tampil }: { nilai: number; href: string; label: string; tampil?: number }) {
  const teks = formatJumlah(tampil ?? nilai);
  if (nilai === 0) return <span className="text-slate-500">{teks}</span>;
  return (
    <a href={href} aria-label={label} className="font-medium text-blue-700 hover:underline">
      {teks}
    </a>
  );
}
