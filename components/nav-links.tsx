"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentPath, type NavGroup } from "@/lib/navigation";

/** The menu, marking the current page. Used in the desktop sidebar and the phone menu. */
export function NavLinks({ groups }: { groups: NavGroup[] }) {
  const pathname = usePathname();
  return (
    <div className="flex flex-col gap-5">
      {groups.map((group) => (
        <div key={group.label ?? "utama"}>
          {group.label ? (
            <p className="mb-1 px-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">{group.label}</p>
          ) : null}
          <ul className="flex flex-col gap-0.5">
            {group.items.map((item) => {
              const current = isCurrentPath(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    // On phones the menu sits in a <details>; close it once a page is chosen.
                    onClick={(event) => event.currentTarget.closest("details")?.removeAttribute("open")}
                    aria-label={item.lencana ? `${item.label}, ${item.lencana.jumlah} ${item.lencana.kata}` : undefined}
                    className={`flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm font-medium ${
                      current ? "bg-blue-50 text-blue-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                    }`}
                  >
                    {item.label}
                    {item.lencana ? (
                      <span aria-hidden className="min-w-6 rounded-full bg-blue-700 px-1.5 py-0.5 text-center text-xs font-semibold text-white">
                        {item.lencana.jumlah > 99 ? "99+" : item.lencana.jumlah}
                      </span>
                    ) : null}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
