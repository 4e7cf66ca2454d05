// The few web-platform globals that exist alike in Node ≥ 18, browsers and Web Workers, declared
// narrowly so `shared/` can decode bytes without pulling in DOM or Node typings.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
