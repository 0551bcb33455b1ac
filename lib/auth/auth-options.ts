import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { linkOAuthUser } from "./link-oauth-user";
import { oauthProviders } from "./oauth-providers";
import { limiters } from "./rate-limit";
import { GuestJoinSchema, SignInSchema } from "./schemas";
import { verifyPassword } from "./verify-password";

export class RateLimitedError extends Error {}

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "password",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        if (!limiters.signIn.take(parsed.data.email)) throw new RateLimitedError("RateLimited");
        return verifyPassword(parsed.data);
      },
    }),
    CredentialsProvider({
      id: "invite",
      name: "Invite link",
      credentials: { token: { type: "text" }, name: { type: "text" }, function: { type: "text" } },
      async authorize(credentials) {
        const parsed = GuestJoinSchema.safeParse(credentials);
        if (!parsed.success) return null;
        if (!limiters.inviteRedemption.take(parsed.data.token)) {
          throw new RateLimitedError("RateLimited");
        }
        const result = await redeemInvite({
          token: parsed.data.token,
          function: parsed.data.function,
          member: { guestName: parsed.data.name },
        });
        if (!result.ok) throw new Error(`Invite${result.reason}`);
        return { id: result.userId, name: result.name, isGuest: true };
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async jwt({ token, user, account }) {
      if (account?.type === "oauth") {
        if (!user.email) throw new Error("OAuthNoEmail");
        const local = await linkOAuthUser({ email: user.email, name: user.name ?? user.email });
        return { ...token, sub: local.id, name: local.name, isGuest: false };
      }
      if (user) {
        return {
          ...token,
          sub: user.id,
          name: user.name,
          isGuest: "isGuest" in user && user.isGuest === true,
        };
      }
      return token;
    },
    async session({ session, token }) {
      return {
        ...session,
        user: {
          id: token.sub ?? "",
          name: typeof token.name === "string" ? token.name : "",
          email: typeof token.email === "string" ? token.email : null,
          isGuest: token.isGuest === true,
        },
      };
    },
  },
};
