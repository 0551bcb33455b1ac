const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * A random 16-character id. Uses getRandomValues rather than randomUUID, which browsers only
 * offer on secure origins (a workshop on a LAN address over http would break otherwise).
 */
export function newId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let id = "";
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length] ?? "0";
  return id;
}
