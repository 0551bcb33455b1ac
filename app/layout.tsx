import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import "./globals.css";

const DESCRIPTION =
  "Plan personalization with your whole team: scenarios, risks, a value × feasibility matrix and a roadmap, live.";

// Icons and the preview image live in public/ (scripts/make-icons.ts renders them).
export const metadata: Metadata = {
  metadataBase: new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000"),
  title: { default: "Prepersonalize", template: "%s · Prepersonalize" },
  description: DESCRIPTION,
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
      { url: "/icon-192.png", sizes: "192x192", type: "image/png" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  openGraph: {
    type: "website",
    siteName: "Prepersonalize",
    title: "Prepersonalize",
    description: DESCRIPTION,
    images: [{ url: "/og-image.png", width: 1200, height: 630, alt: "Prepersonalize" }],
  },
  twitter: { card: "summary_large_image", images: ["/og-image.png"] },
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
