import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LABEL_AKSI, isAksi, labelAksi, labelEntitas, pilihanAksi } from "@/lib/domain/audit-aksi";
import { ringkasAudit } from "@/lib/domain/audit-ringkasan";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every upper-case string on a line that sets an aksi or calls an audit helper, across lib/. */
function aksiWrittenByCode(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(join(process.cwd(), "lib"))) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!/\baksi\b|audit\(/.test(line)) continue;
      for (const m of line.matchAll(/"([A-Z][A-Z_]{2,})"/g)) found.add(m[1]!);
    }
  }
  return [...found].sort();
}

describe("audit aksi labels", () => {
  test("every aksi the code writes has a label", () => {
    const missing = aksiWrittenByCode().filter((a) => !isAksi(a));
    expect(missing).toEqual([]);
    expect(aksiWrittenByCode().length).toBeGreaterThan(40);
  });

  test("the sign-in and password events of RULES have labels", () => {
    for (const a of ["MASUK_BERHASIL", "MASUK_GAGAL", "KELUAR", "KELUAR_SEMUA_PERANGKAT", "RESET_SANDI_DIMINTA", "RESET_SANDI_DIPAKAI"]) {
      expect(isAksi(a)).toBe(true);
    }
  });

  test("labels are Indonesian sentences; an unknown aksi shows as written", () => {
    expect(labelAksi("UBAH_RHK")).toBe("Mengubah RHK");
    expect(labelAksi("AKSI_BARU")).toBe("AKSI_BARU");
    expect(labelAksi("toString")).toBe("toString");
    expect(labelEntitas("BuktiDukung")).toBe("Bukti dukung");
    expect(labelEntitas("Lain")).toBe("Lain");
  });

  test("the filter offers every aksi once, sorted by label", () => {
    const options = pilihanAksi();
    expect(options).toHaveLength(Object.keys(LABEL_AKSI).length);
    expect(options.map((o) => o.label)).toEqual([...options.map((o) => o.label)].sort((a, b) => a.localeCompare(b, "id")));
  });
});

describe("ringkasAudit", () => {
  test("a diff reads as old → new, with field labels", () => {
    expect(ringkasAudit({ teks: { lama: "RHK lama", baru: "RHK baru" }, penugasanDari: { lama: null, baru: "Kepala" } })).toEqual([
      'Teks: "RHK lama" → "RHK baru"',
      'Penugasan dari: (kosong) → "Kepala"',
    ]);
    expect(ringkasAudit({ KOMPETEN: { lama: "a", baru: null } })).toEqual(['Kompeten: "a" → (kosong)']);
  });

  test("essential fields of a create or delete, ids shortened, long texts cut", () => {
    const lines = ringkasAudit({ rhkId: "596cf492-f7ca-4aed-8344-7d6fe6db77c9", teks: "x".repeat(200), jumlah: 2, roles: ["PEGAWAI", "ADMIN"] });
    expect(lines[0]).toBe("RHK: #596cf492");
    expect(lines[1]!.length).toBeLessThan(95);
    expect(lines[1]!.endsWith('…"')).toBe(true);
    expect(lines.slice(2)).toEqual(["Jumlah: 2", 'Roles: "PEGAWAI", "ADMIN"']);
  });

  test("no data, or data that is not an object, still reads", () => {
    expect(ringkasAudit(null)).toEqual([]);
    expect(ringkasAudit("catatan")).toEqual(['"catatan"']);
    expect(ringkasAudit({ nested: { a: 1 } })).toEqual(['Nested: {"a":1}']);
  });
});
