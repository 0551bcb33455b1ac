import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Prepersonalize", template: "%s · Prepersonalize" },
  description:
    "Plan personalization with your whole team: scenarios, risks, a value × feasibility matrix and a roadmap, live.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <SiteHeader user={user} />
        {children}
      </body>
    </html>
  );
}
