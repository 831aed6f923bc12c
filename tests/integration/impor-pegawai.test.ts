import { actAs } from "./helpers/session";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { KOLOM_IMPOR } from "@/lib/domain/impor-kolom";
import { jalankanImpor, periksaImpor } from "@/lib/server/actions/impor";
import { db } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/autentikasi/password";
import { GET as unduhTemplat } from "@/app/api/admin/impor/template/route";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

beforeAll(async () => {
  await seedDemo(db);
});

async function signIn(label: DemoAccountLabel) {
  const { id } = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip }, select: { id: true } });
  await actAs(id);
}

const JUDUL = KOLOM_IMPOR.map((k) => k.judul).join(",");

/** One CSV line in template column order; unnamed columns stay empty. */
function baris(sel: Partial<Record<(typeof KOLOM_IMPOR)[number]["key"], string>>): string {
  const full = { jenisPegawai: "PNS", jenisJabatan: "Pelaksana", jabatan: "Pengolah Data", golongan: "III/a", unitKerja: "Subbidang Mutasi", ...sel };
  return KOLOM_IMPOR.map((k) => {
    const value = full[k.key as keyof typeof full] ?? "";
    return value.includes(",") ? `"${value}"` : value;
  }).join(",");
}

function csv(lines: string[], name = "pegawai.csv"): FormData {
  const form = new FormData();
  form.set("berkas", new File([[JUDUL, ...lines].join("\r\n")], name, { type: "text/csv" }));
  return form;
}

const BARU = [
  baris({ nip: "199501012020121001", nama: "Cahya Nugraha", gelarBelakang: "S.Kom., M.T.", email: "cahya@contoh.go.id", nipAtasan: "198201012006041001" }),
  baris({ nip: "198201012006041001", nama: "Dinda Puspita", jenisJabatan: "Struktural", eselon: "IV.a", jabatan: "Kepala Seksi Data", unitKerja: "Bidang Mutasi dan Promosi / Subbidang Mutasi" }),
  baris({ nip: "199602022021022002", nama: "Eka Wulandari", jenisPegawai: "PPPK", golongan: "IX", jenisJabatan: "Fungsional", jabatan: "Pranata Komputer Ahli Pertama", nipAtasan: DEMO_ACCOUNTS.atasan.nip }),
];
const NIP_BARU = ["199501012020121001", "198201012006041001", "199602022021022002"];

describe("dry run", () => {
  it("reports every bad row with its row number and reason, and writes nothing", async () => {
    await signIn("admin");
    const before = await db.pegawai.count();
    const result = await periksaImpor(
      csv([
        baris({ nip: "199513012020121001", nama: "NIP Salah" }),
        baris({ nip: "199501012020121002", nama: "Unit Salah", unitKerja: "Bidang Antah Berantah" }),
        baris({ nip: "199501012020121003", nama: "Pertama" }),
        baris({ nip: "199501012020121003", nama: "Kembar" }),
        baris({ nip: DEMO_ACCOUNTS.staff.nip, nama: "Sudah Ada" }),
        baris({ nip: "199501012020121004", nama: "Enum Salah", jenisPegawai: "Honorer" }),
        baris({ nip: "199501012020121005", nama: "" }),
        baris({ nip: "199501012020121006", nama: "Atasan Hilang", nipAtasan: "197001011995031009" }),
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byRow = Object.fromEntries(result.data.masalah.map((m) => [m.baris, m.pesan.join(" ")]));
    expect(result.data).toMatchObject({ jumlahBaris: 8, jumlahValid: 1 });
    expect(byRow[2]).toMatch(/tanggal lahir/);
    expect(byRow[3]).toBe('Unit kerja "Bidang Antah Berantah" tidak ditemukan di instansi Anda.');
    expect(byRow[5]).toBe("NIP 199501012020121003 sudah muncul di baris 4 berkas ini.");
    expect(byRow[6]).toBe(`NIP ${DEMO_ACCOUNTS.staff.nip} sudah terdaftar di e-Kinerja.`);
    expect(byRow[7]).toMatch(/Jenis Pegawai "Honorer" tidak dikenal/);
    expect(byRow[8]).toBe('Kolom "Nama" wajib diisi.');
    expect(byRow[9]).toMatch(/Atasan dengan NIP 197001011995031009 tidak ditemukan/);
    expect(await db.pegawai.count()).toBe(before);
  });

  it("explains a file without the required columns, and refuses other file types", async () => {
    await signIn("admin");
    const form = new FormData();
    form.set("berkas", new File(["NIP,Nama\n199501012020121001,Asep"], "a.csv"));
    expect(await periksaImpor(form)).toMatchObject({ ok: false, fieldErrors: { berkas: [expect.stringContaining('"Jenis Pegawai"')] } });
    form.set("berkas", new File(["x"], "data.pdf"));
    expect(await periksaImpor(form)).toMatchObject({ ok: false, message: "Berkas harus berformat .csv atau .xlsx." });
    form.set("berkas", new File(["x".repeat(1_000_001)], "besar.csv"));
    expect(await periksaImpor(form)).toMatchObject({ ok: false, message: expect.stringContaining("lebih dari 1 MB") });
  });

  it("reads XLSX and says when Excel turned a NIP into a number", async () => {
    await signIn("admin");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Pegawai");
    sheet.addRow(KOLOM_IMPOR.map((k) => k.judul));
    sheet.addRow(["199501012020121001", "Teks", "", "", "", "", "PNS", "Pelaksana", "Staf", "", "", "", "Subbidang Mutasi", ""]);
    sheet.addRow([199501012020121002, "Angka", "", "", "", "", "PNS", "Pelaksana", "Staf", "", "", "", "Subbidang Mutasi", ""]);
    const form = new FormData();
    form.set("berkas", new File([await workbook.xlsx.writeBuffer()], "pegawai.xlsx"));
    const result = await periksaImpor(form);
    expect(result.ok && result.data.masalah).toEqual([
      { baris: 3, nip: expect.any(String), nama: "Angka", pesan: [expect.stringContaining("Format kolom NIP sebagai Teks")] },
    ]);
  });
});

describe("apply", () => {
  it("writes every row, links atasan inside the file and leaves no usable password", async () => {
    await signIn("admin");
    const admin = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.admin.nip } });
    const dryRun = await periksaImpor(csv(BARU));
    expect(dryRun.ok && dryRun.data.masalah).toEqual([]);

    const result = await jalankanImpor(csv(BARU));
    expect(result).toMatchObject({ ok: true, data: { diimpor: 3 } });
    const rows = await db.pegawai.findMany({ where: { nip: { in: NIP_BARU } }, include: { unit: true, atasan: true } });
    const byNip = new Map(rows.map((r) => [r.nip, r]));
    expect(byNip.get("199501012020121001")).toMatchObject({ instansiId: admin.instansiId, gelarBelakang: "S.Kom., M.T.", golongan: "III/a" });
    expect(byNip.get("199501012020121001")?.atasan?.nip).toBe("198201012006041001");
    expect(byNip.get("198201012006041001")).toMatchObject({ jenisJabatan: "STRUKTURAL", eselon: 4 });
    expect(byNip.get("199602022021022002")).toMatchObject({ jenisPegawai: "PPPK", golongan: "IX", jenjangFungsional: "AHLI_PERTAMA" });
    expect(byNip.get("199602022021022002")?.atasan?.nip).toBe(DEMO_ACCOUNTS.atasan.nip);
    expect(rows.every((r) => r.unit?.nama === "Subbidang Mutasi")).toBe(true);
    expect(await verifyPassword(rows[0]?.passwordHash ?? "", DEMO_PASSWORD)).toBe(false);
    expect(await db.auditLog.count({ where: { aksi: "IMPOR_PEGAWAI", aktorId: admin.id } })).toBe(1);
  });

  it("checks again on apply: a NIP registered after the dry run stops the whole import", async () => {
    await signIn("admin");
    const file = [baris({ nip: "199703032022031003", nama: "Fajar" }), baris({ nip: "199704042022041004", nama: "Gita" })];
    expect(await periksaImpor(csv(file))).toMatchObject({ ok: true, data: { masalah: [] } });
    const { instansiId } = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS["admin-garut"].nip } });
    await db.pegawai.create({
      data: { instansiId, nip: "199704042022041004", nama: "Gita di Garut", jenisJabatan: "PELAKSANA", jabatan: "Staf", passwordHash: "x" },
    });

    const result = await jalankanImpor(csv(file));
    expect(result).toMatchObject({ ok: true, data: { diimpor: 0, laporan: { masalah: [{ baris: 3 }] } } });
    expect(await db.pegawai.count({ where: { nip: "199703032022031003" } })).toBe(0);
  });

  it("writes none of the rows when the database fails halfway through", async () => {
    await signIn("admin");
    // A trigger fails the second step (linking atasan inside the file), after the rows were inserted.
    await db.$executeRawUnsafe(`CREATE FUNCTION gagal_uji() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'gagal di tengah impor'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER gagal_uji BEFORE UPDATE OF "atasanId" ON "Pegawai" FOR EACH ROW WHEN (NEW.nip = '199805052023051005') EXECUTE FUNCTION gagal_uji()`,
    );
    try {
      const file = [
        baris({ nip: "199805052023051005", nama: "Hana", nipAtasan: "198806062010061006" }),
        baris({ nip: "198806062010061006", nama: "Indra", jenisJabatan: "Struktural", eselon: "IV" }),
      ];
      const result = await jalankanImpor(csv(file));
      expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Terjadi kesalahan pada server") });
      expect(await db.pegawai.count({ where: { nip: { in: ["199805052023051005", "198806062010061006"] } } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER gagal_uji ON "Pegawai"`);
      await db.$executeRawUnsafe(`DROP FUNCTION gagal_uji()`);
    }
  });
});

describe("authorization", () => {
  it("matches units and atasan only within the admin's own instansi", async () => {
    await signIn("admin-garut");
    const result = await periksaImpor(
      csv([baris({ nip: "199909092024091009", nama: "Joko", unitKerja: "Subbidang Mutasi", nipAtasan: DEMO_ACCOUNTS.atasan.nip })]),
    );
    expect(result.ok && result.data.masalah[0]?.pesan).toEqual([
      'Unit kerja "Subbidang Mutasi" tidak ditemukan di instansi Anda.',
      `Atasan dengan NIP ${DEMO_ACCOUNTS.atasan.nip} tidak ditemukan di instansi Anda maupun di berkas ini.`,
    ]);
  });

  it("refuses a pegawai who is not an admin, and a signed-out visitor", async () => {
    await signIn("staff");
    expect(await jalankanImpor(csv([baris({ nip: "199909092024091009", nama: "Joko" })]))).toEqual({
      ok: false,
      message: "Halaman ini hanya untuk admin instansi.",
    });
    expect((await unduhTemplat()).status).toBe(403);
    await actAs(null);
    expect((await unduhTemplat()).status).toBe(401);
  });

  it("gives the admin a template listing their own units only", async () => {
    await signIn("admin-garut");
    const response = await unduhTemplat();
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.getWorksheet("Pegawai")?.getRow(1).values).toEqual([undefined, ...KOLOM_IMPOR.map((k) => k.judul)]);
    const units = (workbook.getWorksheet("Unit Kerja")?.getColumn(1).values ?? []).slice(2);
    expect(units).toContain("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia / Sekretariat / Subbagian Umum dan Kepegawaian");
    expect(units.some((u) => String(u).includes("Subbidang Mutasi"))).toBe(false);
  });
});
