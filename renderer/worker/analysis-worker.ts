/** The analysis worker: runs compare (and later overview/themes) off the window's thread. */
import { compare } from '../../shared/compare/compare';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

// The renderer's tsconfig has the DOM lib, not WebWorker; this is the part of the worker scope we use.
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
}
const scope = self as unknown as WorkerScope;

function run(request: AnalysisRequest): AnalysisResponse {
  const started = performance.now();
  switch (request.kind) {
    case 'compare': {
      const output = compare(request.input.reference, request.input.other);
      return { id: request.id, ok: true, kind: 'compare', output, millis: performance.now() - started };
    }
    default: {
      const unknown: never = request.kind;
      return {
        id: (request as { id: number }).id,
        ok: false,
        error: `Unknown analysis “${String(unknown)}”.`,
      };
    }
  }
}

scope.onmessage = (event) => {
  try {
    scope.postMessage(run(event.data));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id: event.data.id, ok: false, error: `The analysis failed: ${message}` });
  }
};
