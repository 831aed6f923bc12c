/**
 * "Chrome di Android": enough for a pegawai to recognise their own device in the list of
 * sessions; the full User-Agent string stays in the title for whoever wants it.
 */
export function ringkasPerangkat(userAgent: string | null): string {
  if (!userAgent) return "Perangkat tidak dikenal";
  const peramban = PERAMBAN.find(([pola]) => pola.test(userAgent))?.[1] ?? "Peramban lain";
  const sistem = SISTEM.find(([pola]) => pola.test(userAgent))?.[1];
  return sistem ? `${peramban} di ${sistem}` : peramban;
}

// Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
const PERAMBAN: Array<[RegExp, string]> = [
  [/Edg\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
];

const SISTEM: Array<[RegExp, string]> = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];
