import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";

export function SiteHeader({ user }: { user: CurrentUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav
        aria-label="Main"
        className="flex items-center justify-between gap-3 px-3 py-2 sm:px-4"
      >
        <Link href={user ? "/workshops" : "/"} className="flex items-center gap-2 font-semibold">
          <span
            aria-hidden
            className="bg-brand-600 grid size-7 place-items-center rounded text-white"
          >
            P
          </span>
          Prepersonalize
        </Link>
        {user ? (
          <div className="flex min-w-0 items-center gap-3 text-sm sm:gap-4">
            <Link href="/workshops" className="text-slate-700 hover:text-slate-900">
              Workshops
            </Link>
            <span className="hidden truncate text-slate-600 sm:inline" data-testid="signed-in-as">
              {user.name}
              {user.isGuest ? " (guest)" : ""}
            </span>
            <Link href="/signout" className="shrink-0 text-slate-700 hover:text-slate-900">
              Sign out
            </Link>
          </div>
        ) : (
          <div className="flex items-center gap-4 text-sm">
            <Link href="/signin" className="text-slate-700 hover:text-slate-900">
              Sign in
            </Link>
            <Link href="/signup" className="text-brand-600 hover:text-brand-700 font-medium">
              Create an account
            </Link>
          </div>
        )}
      </nav>
    </header>
  );
}
