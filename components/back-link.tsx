import Link from "next/link";

type Props = { href: string; /** Where the link goes, as the menu names it: "SKP Saya". */ ke: string };

/** The one way back from a detail page to its list, above the page's title. */
export function BackLink({ href, ke }: Props) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="font-medium text-blue-700 underline-offset-2 hover:text-blue-900 hover:underline">
        <span aria-hidden="true">← </span>Kembali ke {ke}
      </Link>
    </p>
  );
}
