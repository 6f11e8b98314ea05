import { expect, test } from "vitest";
import { recentAnswers } from "./recentAnswers";

test("recentAnswers computes each key once, and forgets everything once full", () => {
  let computed = 0;
  const square = recentAnswers<number>(2);
  const ask = (n: number) =>
    square(String(n), () => {
      computed += 1;
      return n * n;
    });
  expect([ask(2), ask(2), ask(3), ask(3)]).toStrictEqual([4, 4, 9, 9]);
  expect(computed).toBe(2);
  // Full at two: the third key clears what was held, so 2 is computed again.
  expect([ask(4), ask(2)]).toStrictEqual([16, 4]);
  expect(computed).toBe(4);
});
