/**
 * What a klaim or lepas klaim pimpinan changed, in the words shown to the one who did it: whose
 * atasan now is whom. Names are listed (up to a handful, then a count), so the claimant sees at
 * once whether the right people followed.
 */

export type AtasanBaru = { atasanId: string; atasanNama: string; pegawai: string[] };

const NAMA_TERTULIS = 5;

export function ringkasanPerubahanAtasan(perubahan: readonly AtasanBaru[], aktorId: string): string {
  if (perubahan.length === 0) return "Tidak ada pegawai yang atasannya berubah.";
  return perubahan
    .map((p) => {
      const daftar = daftarNama(p.pegawai);
      return p.atasanId === aktorId
        ? akhiri(`Kini Anda atasan langsung dari ${p.pegawai.length} pegawai: ${daftar}`)
        : akhiri(`Atasan langsung ${p.pegawai.length} pegawai kini ${p.atasanNama}: ${daftar}`);
    })
    .join(" ");
}

function daftarNama(nama: readonly string[]): string {
  const urut = [...nama].sort((a, b) => a.localeCompare(b, "id"));
  if (urut.length <= NAMA_TERTULIS) return urut.join(", ");
  return `${urut.slice(0, NAMA_TERTULIS).join(", ")} dan ${urut.length - NAMA_TERTULIS} lainnya`;
}

/** A sentence ending in a gelar ("S.Sos.") already has its full stop. */
function akhiri(kalimat: string): string {
  return kalimat.endsWith(".") ? kalimat : `${kalimat}.`;
}
