import Link from "next/link";
import type { ReactNode } from "react";
import { buttonStyles } from "./button-styles";

type PageMessageProps = {
  title: string;
  children: ReactNode;
  action?: { href: string; label: string };
  code?: string;
};

/** A full-page explanation for dead ends: revoked links, missing access, errors. */
export function PageMessage({ title, children, action, code }: PageMessageProps) {
  return (
    <main className="mx-auto flex max-w-lg flex-col items-start gap-4 px-6 py-20">
      {code ? <p className="text-brand-600 text-sm font-semibold tracking-wide">{code}</p> : null}
      <h1 className="text-2xl font-semibold">{title}</h1>
      <div className="text-slate-700">{children}</div>
      {action ? (
        <Link href={action.href} className={buttonStyles.primary}>
          {action.label}
        </Link>
      ) : null}
    </main>
  );
}
