import { Fragment } from "react";

/**
 * Text such as "Administrator/Pengawas/Fungsional/Pelaksana" is one word to the browser: on a
 * phone it would stick out past the screen. A <wbr> after each slash lets it wrap there, without
 * putting invisible characters into copied text.
 */
export function PecahGarisMiring({ teks }: { teks: string }) {
  return teks.split("/").map((bagian, i) => (
    <Fragment key={i}>
      {i > 0 ? (
        <>
          /<wbr />
        </>
      ) : null}
      {bagian}
    </Fragment>
  ));
}
