import { StatusBadge } from "@/components/status-badge";
import { formatNip } from "@/lib/domain/nip";
import type { UnitTreeNode } from "@/lib/domain/unit-tree";
import type { UnitAdminRow, UnitOption } from "@/lib/server/queries/admin-unit";
import { PelaksanaTugasList } from "./pelaksana-tugas-list";
import { UnitActions } from "./unit-actions";

const ROMAWI = ["", "I", "II", "III", "IV"];

/**
 * Nested <details>: open and close with Enter or Space on the unit name, no script needed.
 * The top two levels start open so the shape of the instansi is visible at once.
 */
export function UnitTreeView({ nodes, options }: { nodes: UnitTreeNode<UnitAdminRow>[]; options: UnitOption[] }) {
  return (
    <ul aria-label="Pohon unit kerja" className="space-y-2">
      {nodes.map((node) => (
        <UnitNode key={node.unit.id} node={node} options={options} />
      ))}
    </ul>
  );
}

function UnitNode({ node, options }: { node: UnitTreeNode<UnitAdminRow>; options: UnitOption[] }) {
  const { unit } = node;
  const berlangsung = unit.pelaksanaTugas.find((pt) => pt.berlangsung);
  return (
    <li>
      <details open={node.depth < 1} className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <summary className="flex cursor-pointer list-none items-start gap-2 rounded-lg px-3 py-2 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600">
          <span aria-hidden className="mt-0.5 shrink-0 text-slate-400 transition-transform [details[open]>summary>&]:rotate-90">▸</span>
          <span className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-medium text-slate-900">{unit.nama}</span>
            {unit.eselon ? <StatusBadge tone="info">Eselon {ROMAWI[unit.eselon] ?? unit.eselon}</StatusBadge> : null}
            {!unit.aktif ? <StatusBadge>Nonaktif</StatusBadge> : null}
            {berlangsung ? <StatusBadge tone="warning">{berlangsung.jenis}: {berlangsung.nama}</StatusBadge> : null}
            <span className="basis-full text-sm text-slate-600 sm:ml-auto sm:basis-auto">
              {unit.pimpinan ? unit.pimpinan.nama : <span className="text-amber-800">Belum ada pimpinan</span>}
              <span className="text-slate-400"> · </span>
              {unit.jumlahAnggota} pegawai
              {node.children.length > 0 ? <><span className="text-slate-400"> · </span>{node.children.length} sub-unit</> : null}
            </span>
          </span>
        </summary>
        <div className="space-y-3 border-t border-slate-100 px-3 py-3">
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">Jabatan pimpinan</dt>
            <dd className="text-slate-800">{unit.namaJabatan ?? "—"}</dd>
            <dt className="text-slate-500">Pimpinan definitif</dt>
            <dd className="text-slate-800">
              {unit.pimpinan ? (
                <>
                  {unit.pimpinan.nama} <span className="font-mono text-xs text-slate-500">{formatNip(unit.pimpinan.nip)}</span>
                </>
              ) : (
                "Belum ada. Pejabat struktural unit ini dapat mengklaim pimpinan, atau tetapkan PLT/PLH."
              )}
            </dd>
          </dl>
          <PelaksanaTugasList unitNama={unit.nama} rows={unit.pelaksanaTugas} />
          <UnitActions unit={unit} options={options} />
          {node.children.length > 0 ? (
            <ul aria-label={`Sub-unit ${unit.nama}`} className="space-y-2 border-l-2 border-slate-100 pl-3 sm:pl-5">
              {node.children.map((child) => (
                <UnitNode key={child.unit.id} node={child} options={options} />
              ))}
            </ul>
          ) : null}
        </div>
      </details>
    </li>
  );
}
