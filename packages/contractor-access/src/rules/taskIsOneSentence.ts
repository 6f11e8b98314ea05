import { engagementRule, type Problem } from "./rule";

const MAX_TASK_LENGTH = 200;
// A sentence ends at . ! or ? followed by whitespace and a capital letter, so
// "Fix v1.2 checkout" and "e.g. the cart" are still one sentence.
const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu})/u;
const WHY = "vague tasks produce broad access";

/** The task is one sentence: one line, no second sentence, at most 200 characters. */
export const taskIsOneSentence = engagementRule(
  "taskIsOneSentence",
  "The task is one sentence: one line, no second sentence, at most 200 characters.",
  ({ task }) => {
    const problems: Problem[] = [];
    if (/[\r\n]/.test(task)) {
      problems.push({
        path: ["task"],
        message: `task contains a line break; describe the task in one sentence on one line, because ${WHY}`,
      });
    }
    const secondSentence = SENTENCE_BREAK.exec(task);
    if (secondSentence) {
      const rest = task.slice(secondSentence.index + secondSentence[0].length);
      problems.push({
        path: ["task"],
        message: `task has a second sentence ("${rest}"); describe one task in one sentence, because ${WHY}, and request another task as a new engagement`,
      });
    }
    if (task.length > MAX_TASK_LENGTH) {
      problems.push({
        path: ["task"],
        message: `task is ${task.length} characters long; describe it in one sentence of at most ${MAX_TASK_LENGTH} characters, because ${WHY}`,
      });
    }
    return problems;
  },
);
