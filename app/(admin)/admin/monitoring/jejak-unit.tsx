import Link from "next/link";

type Props = { jejak: { id: string; nama: string }[]; ke: (unit?: string) => string };

/** The way back up the unit tree; the last crumb is the unit being shown. `ke` links a level. */
export function JejakUnit({ jejak, ke }: Props) {
  return (
    <nav aria-label="Jejak unit kerja" className="mb-3 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600">
        <li>
          <Link href={ke()} className="text-blue-700 hover:underline">Seluruh instansi</Link>
        </li>
        {jejak.map((u, i) => (
          <li key={u.id} className="flex items-center gap-1">
            <span aria-hidden className="text-slate-400">/</span>
            {i === jejak.length - 1 ? (
              <span aria-current="page" className="font-medium text-slate-900">{u.nama}</span>
            ) : (
              <Link href={ke(u.id)} className="text-blue-700 hover:underline">{u.nama}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
