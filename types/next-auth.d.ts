import type { DefaultSession } from "next-auth";

// What lib/server/auth.ts puts into the JWT and the session. The pegawai id travels as `sub`;
// getActor() re-reads everything else from the database, so these are hints for the UI only,
// except `sesiVersi` (a token whose number is behind the pegawai's is signed out) and `sid`,
// the server-side session that sign-out and deactivation revoke.
declare module "next-auth" {
  interface User {
    instansiId: string;
    isAdmin: boolean;
    sesiVersi: number;
    /** The Sesi row made at this sign-in. */
    sid: string;
  }

  interface Session {
    user: { id: string; instansiId: string; isAdmin: boolean } & Pick<NonNullable<DefaultSession["user"]>, "name">;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    instansiId: string;
    isAdmin: boolean;
    /** Absent in tokens issued before the field existed; read as 0. */
    sesiVersi?: number;
    /** The Sesi row; getActor() accepts the token only while that row is live. */
    sid?: string;
  }
}
