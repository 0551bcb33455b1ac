import type { ServerResponse } from "node:http";
import { findStakeholderShare } from "./stakeholder-shares";

const STAKEHOLDER_PAGE = /^\/s\/([^/?#]+)\/?(?:[?#]|$)/;

/**
 * The HTTP status a stakeholder page must answer with when its link does not open a summary:
 * 410 once revoked, 404 when unknown; null for every other path and for working links.
 */
export async function stakeholderPageStatus(url: string | undefined): Promise<410 | 404 | null> {
  const token = STAKEHOLDER_PAGE.exec(url ?? "")?.[1];
  if (!token) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    return 404;
  }
  const share = await findStakeholderShare({ token: decoded });
  if (share.state === "revoked") return 410;
  if (share.state === "unknown") return 404;
  return null;
}

/**
 * Makes `res` answer with `status` whatever the renderer sets: a Next.js page cannot choose 410,
 * so the custom server pins the status and Next still renders the page's explanation.
 */
export function pinResponseStatus(res: ServerResponse, status: number): void {
  const writeHead = res.writeHead;
  res.statusCode = status;
  res.writeHead = function pinnedWriteHead(this: ServerResponse, ...args: unknown[]) {
    return Reflect.apply(writeHead, this, [status, ...args.slice(1)]) as ServerResponse;
  } as typeof res.writeHead;
}
