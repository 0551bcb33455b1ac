import { describe, expect, it } from "vitest";
import { FROM_LAST_TIME_MAP } from "@/lib/follow-up/from-last-time";
import { PROGRESS_MAP } from "@/lib/follow-up/progress";
import { FOLLOW_UP_MAPS } from "./room-follow-up";

describe("RoomFollowUp", () => {
  it("watches the maps the follow-up's notes read", () => {
    expect(FOLLOW_UP_MAPS).toEqual({ fromLastTime: FROM_LAST_TIME_MAP, progress: PROGRESS_MAP });
  });
});
