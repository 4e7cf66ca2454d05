/** WCAG 2 contrast of the app's colours, read from its CSS custom properties in the light and the dark scheme. */

/** An sRGB colour, 0–255 per channel. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** A colour scheme. */
export type Scheme = 'light' | 'dark';

/** Parses #rgb or #rrggbb. */
export function parseHex(text: string): Rgb {
  const hex = text.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(hex);
  if (short) {
    const [r, g, b] = short.slice(1).map((d) => parseInt(d + d, 16)) as [number, number, number];
    return { r, g, b };
  }
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(hex);
  if (!long) throw new Error(`not a #rgb or #rrggbb colour: ${text}`);
  const [r, g, b] = long.slice(1).map((d) => parseInt(d, 16)) as [number, number, number];
  return { r, g, b };
}

/** WCAG relative luminance (0 black … 1 white). */
export function luminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 … 21, whichever colour is lighter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** CSS `color-mix(in srgb, a p%, b)`: p of `a`, the rest `b`, channel by channel. */
export function mixSrgb(a: Rgb, share: number, b: Rgb): Rgb {
  const mix = (x: number, y: number) => x * share + y * (1 - share);
  return { r: mix(a.r, b.r), g: mix(a.g, b.g), b: mix(a.b, b.b) };
}

/** The custom properties declared in CSS text: name → raw value (the last declaration wins, as in CSS). */
export function customProperties(css: string): Map<string, string> {
  const found = new Map<string, string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/(--[\w-]+)\s*:\s*([^;{}]+);/g)) {
    found.set(match[1] as string, (match[2] as string).trim());
  }
  return found;
}

/**
 * The colour a custom property has in `scheme`: `light-dark(a, b)` picks a side, `var(--x)` is followed,
 * `color-mix(in srgb, X p%, Y)` is mixed.
 */
export function resolveColour(properties: ReadonlyMap<string, string>, name: string, scheme: Scheme): Rgb {
  return resolveValue(properties, `var(${name})`, scheme, 0);
}

function resolveValue(
  properties: ReadonlyMap<string, string>,
  raw: string,
  scheme: Scheme,
  depth: number,
): Rgb {
  if (depth > 20) throw new Error(`custom properties refer to each other in a loop at ${raw}`);
  const value = raw.trim();
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  if (reference) {
    const next = properties.get(reference[1] as string);
    if (next === undefined) throw new Error(`no custom property ${reference[1]}`);
    return resolveValue(properties, next, scheme, depth + 1);
  }
  const lightDark = /^light-dark\((.+),(.+)\)$/.exec(value);
  if (lightDark)
    return resolveValue(properties, scheme === 'light' ? lightDark[1]! : lightDark[2]!, scheme, depth + 1);
  const mix = /^color-mix\(in srgb,\s*(.+?)\s+(\d+(?:\.\d+)?)%\s*,\s*(.+)\)$/.exec(value);
  if (mix) {
    const a = resolveValue(properties, mix[1]!, scheme, depth + 1);
    const b = resolveValue(properties, mix[3]!, scheme, depth + 1);
    return mixSrgb(a, Number(mix[2]) / 100, b);
  }
  return parseHex(value);
}
