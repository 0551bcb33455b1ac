// GET|POST /api/auth/* — NextAuth sign-in, sign-out, session and provider callbacks
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
