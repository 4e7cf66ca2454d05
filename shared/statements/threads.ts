/**
 * A thread of posts copied as text: each post numbered at its end or start ("… in full below. 🧵 1/6", "2/6 This
 * week …"). The number is the platform's furniture, not the speech's words: it goes on a line of its own.
 */

// A post's number at a line's end, perhaps after a thread's mark ("🧵 1/6", "(2/6)"), or at its start ("2/6 …"). The
// end is matched where it stands, with no run of spaces before it in the pattern: a long run costs no backtracking.
const AT_END = /(?:[\p{Extended_Pictographic}\u200d\ufe0f]\s*)*\(?(\d{1,2})\s?\/\s?(\d{1,2})\)?$/u;
const AT_START = /^(\(?(\d{1,2})\s?\/\s?(\d{1,2})\)?)\s+(\S.*)$/u;
// Fewer numbered posts than this are fractions in a text ("1/3 of the output"), not a thread.
const MIN_POSTS = 3;

interface Numbered {
  readonly line: number;
  readonly text: string;
  readonly counter: string;
  readonly n: number;
  readonly of: number;
}

function numbered(line: string, at: number): Numbered | null {
  const end = /\d\)?$/.test(line) ? AT_END.exec(line) : null;
  const before = end ? line.slice(0, end.index) : '';
  if (end && /\S\s+$/.test(before))
    return { line: at, text: before.trimEnd(), counter: end[0], n: Number(end[1]), of: Number(end[2]) };
  const start = AT_START.exec(line);
  if (start)
    return {
      line: at,
      text: start[4] as string,
      counter: start[1] as string,
      n: Number(start[2]),
      of: Number(start[3]),
    };
  return null;
}

/**
 * The text with each post's number of a thread moved to a line of its own after the post's line (before it when it
 * opened the line): three posts or more of one thread ("n/m" with one m, each n at most m, in order). Any other text
 * is returned as it is.
 */
export function threadCountersApart(text: string): string {
  const lines = text.split('\n');
  const found = lines.map((line, i) => numbered(line.trim(), i)).filter((p): p is Numbered => p !== null);
  const total = found.map((p) => p.of).find((of) => found.filter((p) => p.of === of).length >= MIN_POSTS);
  if (total === undefined || total < MIN_POSTS) return text;
  const posts = found.filter((p) => p.of === total && p.n >= 1 && p.n <= total);
  const inOrder = posts.every((p, i) => i === 0 || p.n > (posts[i - 1] as Numbered).n);
  if (posts.length < MIN_POSTS || !inOrder) return text;
  const byLine = new Map(posts.map((p) => [p.line, p]));
  return lines
    .map((line, i) => {
      const post = byLine.get(i);
      if (!post) return line;
      return AT_START.test(line.trim()) ? `${post.counter}\n${post.text}` : `${post.text}\n${post.counter}`;
    })
    .join('\n');
}
