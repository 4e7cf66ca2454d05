/** PlenaryBridge over HTTP for browser mode, speaking the protocol in shared/ipc/wire.ts. */
import {
  CHANNELS,
  type Channel,
  type ChannelArgs,
  type ChannelResult,
  type PlenaryBridge,
} from '../../shared/ipc/contract';
import {
  API_CALL_PREFIX,
  BYTES_ANSWER_FIELDS,
  BYTES_ANSWER_TYPE,
  BYTES_ARGS_FIELDS,
  fromWire,
  joinBytesAnswer,
  splitBytesArgs,
  toWire,
  type WireAnswer,
} from '../../shared/ipc/wire';

/** Thrown when the server refuses the token (a restarted server prints a new address). */
export class TokenRefusedError extends Error {
  override readonly name = 'TokenRefusedError';
}

/**
 * An answer of bytes, which comes as the body itself with its other fields in a header (shared/ipc/wire.ts): the
 * value and its size in bytes; null for any other answer (its body is left unread).
 */
export async function readBytesAnswer(response: Response): Promise<{ value: unknown; bytes: number } | null> {
  const fields = response.headers.get(BYTES_ANSWER_FIELDS);
  if (!response.ok || fields === null || response.headers.get('Content-Type') !== BYTES_ANSWER_TYPE)
    return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { value: joinBytesAnswer(bytes, fields), bytes: bytes.length };
}

/** A bridge whose every channel is one `POST /api/call/<channel>` with the bearer token. */
export function createHttpBridge(token: string, fetchImpl: typeof fetch = fetch): PlenaryBridge {
  async function call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
    // Bytes among small arguments go as the body itself (shared/ipc/wire.ts), the rest as JSON. The bytes are wrapped
    // in a Blob: with a debugger attached (DevTools, or Playwright's CDP session in the tests) Chromium copies a typed
    // array body for its network panel on the window's thread, 1–4 s per 3 MB bundle of the themes' readings measured
    // under Playwright (the reader's typing then waited seconds); a Blob body is not copied so (40–130 ms), and
    // without a debugger the two cost the same.
    const bytesCall = splitBytesArgs(args);
    const response = await fetchImpl(API_CALL_PREFIX + channel, {
      method: 'POST',
      headers: bytesCall
        ? {
            'Content-Type': BYTES_ANSWER_TYPE,
            [BYTES_ARGS_FIELDS]: bytesCall.fields,
            Authorization: `Bearer ${token}`,
          }
        : { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: bytesCall ? new Blob([bytesCall.bytes as Uint8Array<ArrayBuffer>]) : toWire({ args }),
    });
    if (response.status === 401 || response.status === 403) {
      throw new TokenRefusedError(
        'The server refused this page’s access token. Open the address the server printed when it started.',
      );
    }
    const bytesAnswer = await readBytesAnswer(response);
    if (bytesAnswer) return bytesAnswer.value as ChannelResult<C>;
    const text = await response.text();
    let answer: WireAnswer;
    try {
      answer = fromWire(text) as WireAnswer;
    } catch {
      throw new Error(`The server answered ${response.status} ${response.statusText} instead of a result.`);
    }
    if (!answer.ok) throw new Error(answer.error);
    return answer.value as ChannelResult<C>;
  }

  const channels = Object.fromEntries(
    CHANNELS.map((channel) => [channel, (...args: ChannelArgs<typeof channel>) => call(channel, args)]),
  );
  // Menu commands come from Electron's app menu only; in a browser the page's own buttons do the same.
  const onMenu: PlenaryBridge['onMenu'] = () => () => undefined;
  return { ...channels, onMenu } as PlenaryBridge;
}
