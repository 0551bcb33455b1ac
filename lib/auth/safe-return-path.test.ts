import { describe, expect, it } from "vitest";
import { safeRedirectUrl, safeReturnPath } from "./safe-return-path";

const BYPASSES = [
  "https://evil.example",
  "http:evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\u2028/evil.example",
  "/\u2029/evil.example",
  "/%09/evil.example",
  "/%0A/evil.example",
  "/%0D/evil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "/%5Cevil.example",
  "/%E2%80%A8/evil.example",
  "/%",
  "/\t/127.0.0.1:3999/pwned",
  "javascript:alert(1)",
  "/javascript:alert(1)".replace("/", ""),
  "data:text/html,<script>alert(1)</script>",
  " /workshops",
  "",
];

describe("safeReturnPath", () => {
  it("keeps same-site paths, query and hash", () => {
    expect(safeReturnPath("/workshops/abc?x=1#top")).toBe("/workshops/abc?x=1#top");
    expect(safeReturnPath("/join/abc%2Ddef")).toBe("/join/abc%2Ddef");
  });

  it.each(BYPASSES)("replaces %j with the fallback", (value) => {
    expect(safeReturnPath(value)).toBe("/workshops");
  });

  it("normalises dot segments without leaving the origin", () => {
    expect(safeReturnPath("/a/../../workshops")).toBe("/workshops");
  });
});

describe("safeRedirectUrl (NextAuth's redirect callback)", () => {
  const base = "http://localhost:3000";
  it("keeps same-origin URLs and paths", () => {
    expect(safeRedirectUrl("/workshops/x", base)).toBe("http://localhost:3000/workshops/x");
    expect(safeRedirectUrl("http://localhost:3000/signin?signedOut=1", base)).toBe(
      "http://localhost:3000/signin?signedOut=1",
    );
  });

  it.each([...BYPASSES.filter(Boolean), "http://localhost:3001/x", "http://localhost:3000//evil"])(
    "sends %j to the base URL",
    (value) => {
      expect(safeRedirectUrl(value, base)).toBe(base);
    },
  );
});
