import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold text-blue-800">e-Kinerja</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Halaman tidak ditemukan</h1>
      <p className="mt-2 text-slate-600">
        Alamat yang Anda buka tidak ada, sudah dipindahkan, atau bukan untuk akun Anda. Periksa kembali alamatnya, atau
        kembali ke beranda.
      </p>
      <p className="mt-6">
        <Link href="/beranda" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
          Ke Beranda
        </Link>
      </p>
    </main>
  );
}
