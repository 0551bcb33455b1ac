import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CONTROL_KEYS, CONTROL_MAP } from "@/lib/documents/control-layout";
import { privateDocName } from "@/lib/realtime/protocol";
import { lockRule } from "./lock";
import { roleRule } from "./role";
import { change, requestFor } from "./testing";

const update = change(new Y.Doc(), (doc) => doc.getMap("notes").set("n", 1));

describe("roleRule", () => {
  it("lets facilitators and participants write the board, facilitators the control doc", () => {
    const judge = (
      role: "facilitator" | "participant" | "observer",
      docName: "board" | "control",
    ) => roleRule(requestFor(update, new Y.Doc(), { userId: "u", role, docName }));
    expect(judge("facilitator", "board")).toBeNull();
    expect(judge("participant", "board")).toBeNull();
    expect(judge("observer", "board")).toBe("read-only");
    expect(judge("facilitator", "control")).toBeNull();
    expect(judge("participant", "control")).toBe("read-only");
  });

  it("lets only its owner write a private doc", () => {
    const docName = privateDocName("ada");
    expect(roleRule(requestFor(update, new Y.Doc(), { userId: "ada", docName }))).toBeNull();
    expect(roleRule(requestFor(update, new Y.Doc(), { userId: "bo", docName }))).toBe("read-only");
  });
});

describe("lockRule", () => {
  it("refuses board and private writes while locked, never control writes", () => {
    const control = new Y.Doc();
    const judge = (docName: "board" | "control") =>
      lockRule(requestFor(update, new Y.Doc(), { userId: "u", docName, control }));
    expect(judge("board")).toBeNull();
    control.getMap(CONTROL_MAP).set(CONTROL_KEYS.locked, true);
    expect(judge("board")).toBe("locked");
    expect(
      lockRule(
        requestFor(update, new Y.Doc(), { userId: "u", docName: privateDocName("u"), control }),
      ),
    ).toBe("locked");
    expect(judge("control")).toBeNull();
  });
});
