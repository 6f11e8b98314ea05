/** The raw content of one engagement file, before validation. */
export interface EngagementSource {
  /** Path of the file as shown to the user. */
  readonly file: string;
  readonly content: unknown;
}
