const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const toolBase =
  "inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-60";

export const buttonStyles = {
  primary: `${base} bg-brand-600 text-white hover:bg-brand-700`,
  secondary: `${base} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`,
  danger: `${base} border border-red-300 bg-white text-red-700 hover:bg-red-50`,
  quiet: `${base} text-slate-700 hover:bg-slate-100`,
  /** Dense controls in toolbars and headers. */
  tool: `${toolBase} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 aria-pressed:border-brand-500 aria-pressed:bg-brand-50 aria-pressed:text-brand-700`,
  toolPrimary: `${toolBase} bg-brand-600 text-white hover:bg-brand-700`,
  toolQuiet: `${toolBase} text-slate-700 hover:bg-slate-100`,
} as const;
