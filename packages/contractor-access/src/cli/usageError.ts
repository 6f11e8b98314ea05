/**
 * A command line the CLI cannot run: no command, an unknown command or
 * option, a bad option value. The CLI prints it on stderr and exits with 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";

  /**
   * @param message A sentence that names what is wrong, such as `--format "yaml" is not a format; use markdown or json`.
   * @param command The command whose help the user should read, such as `plan`; none for the top level.
   * @param showHelp Print the whole help after the message, rather than a pointer to it.
   */
  constructor(
    message: string,
    readonly command?: string,
    readonly showHelp = false,
  ) {
    super(message);
  }
}
