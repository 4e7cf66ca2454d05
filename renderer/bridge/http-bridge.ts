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
  fromWire,
  joinBytesAnswer,
  toWire,
  type WireAnswer,
} from '../../shared/ipc/wire';

/** Thrown when the server refuses the token (a restarted server prints a new address). */
export class TokenRefusedError extends Error {
  override readonly name = 'TokenRefusedError';
}

/** A bridge whose every channel is one `POST /api/call/<channel>` with the bearer token. */
export function createHttpBridge(token: string, fetchImpl: typeof fetch = fetch): PlenaryBridge {
  async function call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
    const response = await fetchImpl(API_CALL_PREFIX + channel, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: toWire({ args }),
    });
    if (response.status === 401 || response.status === 403) {
      throw new TokenRefusedError(
        'The server refused this page’s access token. Open the address the server printed when it started.',
      );
    }
    // An answer of bytes comes as the body itself, its other fields in a header.
    const fields = response.headers.get(BYTES_ANSWER_FIELDS);
    if (response.ok && fields !== null && response.headers.get('Content-Type') === BYTES_ANSWER_TYPE)
      return joinBytesAnswer(new Uint8Array(await response.arrayBuffer()), fields) as ChannelResult<C>;
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
