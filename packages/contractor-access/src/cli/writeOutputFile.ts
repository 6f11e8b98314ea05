import { writeFile } from "node:fs/promises";
import { UsageError } from "./usageError";

/**
 * Writes `--output`'s file, or says in a sentence naming the flag why it
 * cannot (a missing folder, no permission), instead of a stack trace.
 *
 * @throws {UsageError} when the file cannot be written.
 * @example
 * await writeOutputFile("review.md", text, "plan");
 */
export async function writeOutputFile(path: string, text: string, command: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(
      `--output "${path}" cannot be written (${reason}); give a file in an existing folder`,
      command,
    );
  }
}
