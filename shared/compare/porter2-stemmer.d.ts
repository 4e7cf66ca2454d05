/** Types for wink-porter2-stemmer (it ships none): Porter's English stemmer, version 2. */
declare module 'wink-porter2-stemmer' {
  /** The Porter2 stem of one lower-case English word ("professionalism" → "profession"). */
  export default function stem(word: string): string;
}
