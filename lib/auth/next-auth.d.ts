/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation merges only with interfaces */
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string | null; isGuest: boolean };
    /** The user's session version when this session was issued (lib/auth/session-version.ts). */
    sessionVersion?: number;
  }
  interface User {
    isGuest?: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    isGuest?: boolean;
    /** Session version at sign-in; absent on tokens issued before versions existed (read as 0). */
    sv?: number;
  }
}
