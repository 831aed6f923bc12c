import { redirect } from "next/navigation";

// The (pegawai) layout sends anyone signed out on to /masuk.
export default function Home() {
  redirect("/beranda");
}
