/** A paragraph's sentences, for the rules that read one sentence at a time. */

// After ".", "!" or "?", where the next word begins with a capital ("… on Friday. They returned …").
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;

/** The sentences of `text`, in order, each with its closing mark. */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_BREAK);
}
