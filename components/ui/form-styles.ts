export const inputStyles =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-600";

export const labelStyles = "text-sm font-medium text-slate-800";
