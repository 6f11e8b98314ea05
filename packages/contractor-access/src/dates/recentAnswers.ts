/**
 * Remembers the recent answers of a slow pure computation, by key. Stacks
 * hold many engagements on few distinct days and one `now`, and calendar
 * arithmetic in a zone (TZDate) is slow, so the same questions come back.
 * Bounded: once `max` answers are held they are all forgotten, so a
 * long-running process does not grow. Answers are shared between callers;
 * remember only values nobody changes (numbers, strings, frozen objects).
 *
 * @example
 * const dayOf = recentAnswers<string>();
 * dayOf(`${zone}\n${instant.getTime()}`, () => format(instant, "yyyy-MM-dd", { in: tz(zone) }));
 */
export function recentAnswers<T>(max = 4096): (key: string, compute: () => T) => T {
  const answers = new Map<string, T>();
  return (key, compute) => {
    if (answers.has(key)) return answers.get(key) as T;
    const answer = compute();
    if (answers.size >= max) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
