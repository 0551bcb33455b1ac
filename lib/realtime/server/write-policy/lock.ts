import { isBoardLocked } from "../permissions";
import type { WriteRule } from "./types";

/** While the facilitator has locked the board, nobody writes the board or a private doc. */
export const lockRule: WriteRule = ({ docName, control }) =>
  docName !== "control" && isBoardLocked(control) ? "locked" : null;
