/** The version of the analysis code, under which worked-out analyses are kept in the library folder. */

declare const __ANALYSIS_VERSION__: string | undefined;

/**
 * A hash of the analysis sources (shared/compare, shared/themes, …) taken when the renderer is built (see
 * vite.config.ts), so a change to how statements are compared never reuses columns kept by the code before; "dev"
 * where no build defined it (unit tests).
 */
export const ANALYSIS_VERSION: string =
  typeof __ANALYSIS_VERSION__ === 'string' ? __ANALYSIS_VERSION__ : 'dev';
