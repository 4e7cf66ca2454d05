/** Routes one call by channel name: validate the arguments, run the handler, turn failures into messages. */
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import type { Handlers } from './handlers';
import { parseChannelArgs } from './schemas';
import { errorMessage } from '../../shared/error-message';

/** How a call ended. */
export type CallOutcome =
  | { readonly kind: 'ok'; readonly value: unknown }
  | { readonly kind: 'unknown-channel'; readonly error: string }
  | { readonly kind: 'invalid-args'; readonly error: string }
  | { readonly kind: 'failed'; readonly error: string };

/** True for a channel name from the contract. */
export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}

/** Validates `args` for `channel` and calls its handler; never throws. */
export async function dispatchCall(handlers: Handlers, channel: string, args: unknown): Promise<CallOutcome> {
  if (!isChannel(channel))
    return { kind: 'unknown-channel', error: `Unknown channel: ${channel.slice(0, 100)}` };
  const parsed = parseChannelArgs(channel, args);
  if (!parsed.ok) return { kind: 'invalid-args', error: parsed.error };
  // TypeScript cannot correlate handlers[channel] with ChannelArgs<typeof channel>; the schema checked them.
  const handler = handlers[channel] as (...a: readonly unknown[]) => Promise<unknown>;
  try {
    return { kind: 'ok', value: await handler(...parsed.args) };
  } catch (error) {
    return { kind: 'failed', error: errorMessage(error) };
  }
}
