/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation merges only with interfaces */
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string | null; isGuest: boolean };
  }
  interface User {
    isGuest?: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    isGuest?: boolean;
  }
}
