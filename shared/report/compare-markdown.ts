/** A comparison as a readable Markdown report. */
import type { AlignmentEntry, Comparison, DiffPart } from '../compare/model';
import { bodyBlocks } from '../statements/model';
import { describeStatement, opCounts, opLegend, opName, paragraphNumbers } from './compare-text';
import { describeEcho, echoHeadline } from './echo-text';

/** Escapes text so Markdown shows it as written (no emphasis, links, HTML, code or tables from the text). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|&]/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
  );
}

/** Escapes what Markdown reads at the start of a line: headings, lists, quotes. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#+\-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Wraps each line of a text in a marker, whitespace kept outside (Markdown emphasis cannot hold it). */
function mark(text: string, open: string, close: string): string {
  return text.replace(/[^\s](?:[^\n]*[^\s])?/g, (run) => `${open}${escapeMarkdown(run)}${close}`);
}

/** The word diff inline: ~~deleted~~ and **inserted**, with [−]/[+] so it reads without strike-through too. */
export function markdownDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      switch (p.op) {
        case 'equal':
          return escapeMarkdown(p.text);
        case 'delete':
          return mark(p.text, '~~[−', ']~~');
        case 'insert':
          return mark(p.text, '**[+', ']**');
      }
    })
    .join('')
    .replace(/\n{2,}/g, '\n\n');
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeLineStart(line)}`.trimEnd())
    .join('\n');
}

function entrySection(entry: AlignmentEntry, n: number, comparison: Comparison): string {
  const where = [
    entry.reference.length > 0 ? `reference ${paragraphNumbers(entry.reference, comparison.reference)}` : '',
    entry.other.length > 0 ? `other ${paragraphNumbers(entry.other, comparison.other)}` : '',
  ].filter(Boolean);
  const facts = [where.join(' → ')];
  if (entry.op !== 'added' && entry.op !== 'removed') facts.push(`similarity ${entry.similarity.toFixed(2)}`);
  if (entry.terms.length > 0) facts.push(`shared terms: ${entry.terms.map(escapeMarkdown).join(', ')}`);
  const body =
    entry.op === 'unchanged'
      ? escapeMarkdown(entry.diff.map((p) => p.text).join(''))
      : markdownDiff(entry.diff);
  return `### ${n}. ${opName(entry.op)}\n\n${facts.join(' · ')}\n\n${quote(body)}\n`;
}

/** Echoes: paragraphs that quote reference paragraphs or talk about what they talk about. */
function echoSection(comparison: Comparison): string[] {
  if (comparison.echoes.length === 0) return [];
  const lines = [
    '## Echoes',
    '',
    'Paragraphs of the other statement that quote a reference paragraph, or that talk about its topic in new words.',
    '',
  ];
  for (const echo of comparison.echoes) {
    const d = describeEcho(echo, comparison);
    lines.push(`- **${escapeMarkdown(echoHeadline(d))}**${d.reason ? ` — ${escapeMarkdown(d.reason)}` : ''}`);
    for (const q of d.quotes) {
      lines.push(`  - “${escapeMarkdown(q.other)}” ← “${escapeMarkdown(q.reference)}”`);
    }
  }
  lines.push('');
  return lines;
}

/** The whole report: who is compared, a count of each kind of change, the frame, then every paragraph in order. */
export function compareMarkdown(comparison: Comparison): string {
  const { reference, other } = comparison;
  const lines = [
    `# Comparison`,
    '',
    `- **Reference:** ${escapeMarkdown(describeStatement(reference))}`,
    `- **Other:** ${escapeMarkdown(describeStatement(other))}`,
    `- **Paragraphs:** ${bodyBlocks(reference).length} in the reference, ${bodyBlocks(other).length} in the other`,
    `- **Changes:** ${opCounts(comparison) || 'none'}`,
    '',
    `Legend: ${opLegend()}. In the text, ~~[−deleted]~~ words are from the reference and **[+inserted]** words from the other statement.`,
    '',
  ];
  if (comparison.frame.length > 0) {
    lines.push('## Title, salutation, headings, signature and notes', '');
    for (const f of comparison.frame) {
      const show = (blocks: readonly { text: string }[]): string =>
        blocks.length === 0
          ? '—'
          : blocks.map((b) => escapeMarkdown(b.text.replace(/\s+/g, ' '))).join(' / ');
      lines.push(`- **${f.role}** — reference: ${show(f.reference)}; other: ${show(f.other)}`);
    }
    lines.push('');
  }
  lines.push('## Paragraphs', '');
  comparison.alignment.forEach((entry, i) => lines.push(entrySection(entry, i + 1, comparison)));
  lines.push(...echoSection(comparison));
  return `${lines.join('\n').trimEnd()}\n`;
}
