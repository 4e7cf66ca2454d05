import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Text from a file reaches the screen only as React text nodes, never as markup: these are the ways around that.
const RAW_HTML_SINKS = [
  /dangerouslySetInnerHTML/,
  /\.(inner|outer)HTML\b/,
  /insertAdjacentHTML/,
  /createContextualFragment/,
  /document\.write(ln)?\s*\(/,
  /\bsrcdoc\b/i,
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /DOMParser/,
];

const renderer = fileURLToPath(new URL('../../renderer/', import.meta.url));

function sourceFiles(): string[] {
  return (readdirSync(renderer, { recursive: true }) as string[])
    .filter((name) => /\.(tsx?|html)$/.test(name) && !name.includes('node_modules'))
    .map((name) => join(renderer, name));
}

describe('the renderer never renders file content as HTML', () => {
  it('has source files to check', () => {
    expect(sourceFiles().filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(5);
  });

  it('uses no raw-HTML sink or code evaluation anywhere in renderer/', () => {
    const hits = sourceFiles().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          RAW_HTML_SINKS.some((sink) => sink.test(line))
            ? [`${file.slice(renderer.length)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(hits).toEqual([]);
  });

  it('ships a Content-Security-Policy that allows no inline or evaluated script', () => {
    const html = readFileSync(join(renderer, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values] as const),
    );
    const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /unsafe|\*|https?:|data:/.test(s))).toEqual([]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});
