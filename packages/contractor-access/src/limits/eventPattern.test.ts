import { describe, expect, test } from "vitest";
import { checkEventPattern, EVENT_PATTERN_CHARACTERS_MAX } from "./eventPattern";

describe("checkEventPattern: EventBridge's default 2,048 characters per event pattern", () => {
  test("the limit is EventBridge's default quota", () => {
    expect(EVENT_PATTERN_CHARACTERS_MAX).toBe(2048);
  });

  test("a pattern of exactly 2,048 characters fits; one more does not, named with both figures", () => {
    const of = (length: number) => `{"a":["${"x".repeat(length - 10)}"]}`;
    expect(of(2048)).toHaveLength(2048);
    expect(checkEventPattern(of(2048), "checkout-activity")).toStrictEqual([]);
    expect(checkEventPattern(of(2049), "checkout-activity")).toStrictEqual([
      {
        resource: "checkout-activity",
        limit: "eventbridge-event-pattern-size",
        allowed: 2048,
        actual: 2049,
        message:
          "event pattern of EventBridge rule checkout-activity has 2,049 characters; EventBridge allows 2,048 by default",
      },
    ]);
  });
});
