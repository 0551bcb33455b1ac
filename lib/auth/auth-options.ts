import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { linkOAuthUser } from "./link-oauth-user";
import { oauthProviders } from "./oauth-providers";
import { clientAddressFromHeaders } from "./client-address";
import { limiters } from "./rate-limit";
import { safeRedirectUrl } from "./safe-return-path";
import { GuestJoinSchema, SignInSchema } from "./schemas";
import { currentSessionVersion } from "./session-version";
import { signInWithPassword } from "./sign-in-with-password";

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
      async authorize(credentials, req) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await signInWithPassword({
          ...parsed.data,
          client: clientAddressFromHeaders(req.headers),
        });
        if (!result.ok && result.error.code === "rate-limited") {
          throw new RateLimitedError("RateLimited");
        }
        return result.ok ? result.value : null;
      },
    }),
    CredentialsProvider({
      id: "invite",
      name: "Invite link",
      credentials: { token: { type: "text" }, name: { type: "text" }, function: { type: "text" } },
      async authorize(credentials, req) {
        const parsed = GuestJoinSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // Per client, not per link: junk joins from one address cannot use up a link for everyone.
        if (!(await limiters.inviteRedemption.take(clientAddressFromHeaders(req.headers)))) {
          throw new RateLimitedError("RateLimited");
        }
        const result = await redeemInvite({
          token: parsed.data.token,
          function: parsed.data.function,
          member: { guestName: parsed.data.name },
        });
        if (!result.ok) throw new Error(`Invite${result.error.code}`);
        return { id: result.value.userId, name: result.value.name, isGuest: true };
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async jwt({ token, user, account }) {
      if (account?.type === "oauth") {
        if (!user.email) throw new Error("OAuthNoEmail");
        const local = await linkOAuthUser({ email: user.email, name: user.name ?? user.email });
        const sv = (await currentSessionVersion(local.id)) ?? 0;
        return { ...token, sub: local.id, name: local.name, isGuest: false, sv };
      }
      if (user) {
        return {
          ...token,
          sub: user.id,
          name: user.name,
          isGuest: "isGuest" in user && user.isGuest === true,
          sv: (await currentSessionVersion(user.id)) ?? 0,
        };
      }
      return token;
    },
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
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
        sessionVersion: typeof token.sv === "number" ? token.sv : 0,
      };
    },
  },
};
