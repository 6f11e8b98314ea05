import { describe, expect, test } from "vitest";
import { engagementWith, settingsWith } from "../testing/fixtures";
import { taskIsOneSentence } from "./taskIsOneSentence";

const withTask = (task: string) =>
  engagementWith((e) => {
    e.task = task;
  });
const messagesFor = (task: string) =>
  taskIsOneSentence.check([withTask(task)], settingsWith()).map((finding) => finding.message);

describe("taskIsOneSentence: the task is one sentence of at most 200 characters", () => {
  test.each([
    "Fix the payment step that fails on some mobile devices",
    "Fix v1.2 checkout",
    "Fix the cart fields, e.g. the coupon code.",
    "Fix the checkout. ",
    "Why does checkout fail on iOS 17.4?",
    `Fix ${"x".repeat(196)}`,
  ])("Compliance: %j", (task) => {
    expect(messagesFor(task)).toEqual([]);
  });

  test("Noncompliance 1: a second sentence", () => {
    expect(taskIsOneSentence.check([withTask("Fix X. Then also Y.")], settingsWith())).toEqual([
      {
        rule: "taskIsOneSentence",
        severity: "error",
        engagementIndex: 0,
        path: ["task"],
        message:
          'task has a second sentence ("Then also Y."); describe one task in one sentence, because vague tasks produce broad access, and request another task as a new engagement',
      },
    ]);
  });

  test.each(["Fix X! Also Y", "Fix X? Then Y", "Fix X.  Étape deux"])(
    "Noncompliance 2: %j has a second sentence",
    (task) => {
      expect(messagesFor(task)).toEqual([expect.stringMatching(/^task has a second sentence/)]);
    },
  );

  test("Noncompliance 3: a line break", () => {
    expect(messagesFor("Fix X\nand Y")).toEqual([
      "task contains a line break; describe the task in one sentence on one line, because vague tasks produce broad access",
    ]);
  });

  test("Noncompliance 4: 201 characters", () => {
    expect(messagesFor(`Fix ${"x".repeat(197)}`)).toEqual([
      "task is 201 characters long; describe it in one sentence of at most 200 characters, because vague tasks produce broad access",
    ]);
  });

  test("Noncompliance 5: every problem at once", () => {
    expect(messagesFor(`Fix X.\nThen ${"y".repeat(200)}`)).toHaveLength(3);
  });
});
