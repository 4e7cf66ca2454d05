/** A theme the user defines: a label and the terms that mark it. Stored with the library. */
export interface UserTheme {
  readonly id: string;
  readonly label: string;
  readonly terms: readonly string[];
}
