import { COLLAB_PATH_PREFIX } from "@/lib/realtime/protocol";

/** ws(s)://<this page's host>/collab: the realtime endpoint of the server that served the page. */
export function defaultServerUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}${COLLAB_PATH_PREFIX.slice(0, -1)}`;
}
