/** How each alignment op is shown to a person: a symbol and a word, never colour alone. */
import type { AlignmentOp, EchoKind } from './model';

/** Every op, in the order a legend lists them. */
export const ALIGNMENT_OPS: readonly AlignmentOp[] = [
  'unchanged',
  'changed',
  'moved',
  'split',
  'merged',
  'added',
  'removed',
];

/** The symbol of an op. */
export function opSymbol(op: AlignmentOp): string {
  switch (op) {
    case 'unchanged':
      return '=';
    case 'changed':
      return '~';
    case 'moved':
      return '↕';
    case 'split':
      return '<';
    case 'merged':
      return '>';
    case 'added':
      return '+';
    case 'removed':
      return '−';
  }
}

/** The word for an op as a reader says it ("kept", "reworded"...). */
export function opLabel(op: AlignmentOp): string {
  switch (op) {
    case 'unchanged':
      return 'kept';
    case 'changed':
      return 'reworded';
    case 'moved':
      return 'moved';
    case 'split':
      return 'split';
    case 'merged':
      return 'merged';
    case 'added':
      return 'added';
    case 'removed':
      return 'dropped';
  }
}

/** The symbol of a cell or paragraph that is only echoed: never one of the ops' symbols. */
export function echoSymbol(kind: EchoKind): string {
  switch (kind) {
    case 'reuse':
      return '❝';
    case 'topic':
      return '◌';
  }
}

/** The word for an echo as a reader says it. */
export function echoLabel(kind: EchoKind): string {
  switch (kind) {
    case 'reuse':
      return 'quoted';
    case 'topic':
      return 'topic echoed';
  }
}

/** The legend of the echo symbols. */
export const ECHO_LEGEND = `${echoSymbol('reuse')} quoted (no link, but passages quoted) · ${echoSymbol('topic')} topic echoed (no link, but a new paragraph on its topic)`;
