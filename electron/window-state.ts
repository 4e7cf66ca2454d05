/** The main window's remembered size, position and colour theme (window-state.json in userData). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { ThemeSetting } from '../shared/ipc/contract';

/** The file, inside userData. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** The window background per resolved theme: the renderer's --bg (renderer/styles/base.css), so no flash. */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#15171c' } as const;

const RectangleSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
});

/** A window rectangle in screen coordinates. */
export type Bounds = z.output<typeof RectangleSchema>;

const WindowStateSchema = z.object({
  bounds: RectangleSchema.nullable(),
  maximized: z.boolean(),
  theme: z.enum(['light', 'dark', 'system']),
});

/** What is remembered between launches. */
export interface WindowState {
  readonly bounds: Bounds | null;
  readonly maximized: boolean;
  readonly theme: ThemeSetting;
}

/** The state of a first launch. */
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: null, maximized: false, theme: 'system' };

/** Reads the remembered state; a missing or malformed file gives the defaults (it holds nothing irreplaceable). */
export async function loadWindowState(userData: string): Promise<WindowState> {
  try {
    const parsed = WindowStateSchema.safeParse(
      JSON.parse(await readFile(join(userData, WINDOW_STATE_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Writes the state atomically. */
export async function saveWindowState(userData: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(userData, WINDOW_STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
}

/** The remembered bounds if at least 100×50 px of the title area is on one of the displays' work areas now. */
export function visibleBounds(bounds: Bounds | null, workAreas: readonly Bounds[]): Bounds | null {
  if (!bounds) return null;
  const onScreen = workAreas.some((area) => {
    const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const overlapY = Math.min(bounds.y + 50, area.y + area.height) - Math.max(bounds.y, area.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  return onScreen ? bounds : null;
}

/** The background colour a window opens with for a theme ('system' resolved by the OS's current choice). */
export function windowBackground(theme: ThemeSetting, systemIsDark: boolean): string {
  switch (theme) {
    case 'light':
      return WINDOW_BACKGROUND.light;
    case 'dark':
      return WINDOW_BACKGROUND.dark;
    case 'system':
      return systemIsDark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
  }
}
