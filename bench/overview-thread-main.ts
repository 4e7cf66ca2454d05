/** A bench thread of the overview pool: the analysis worker's overview job, answered by request id. */
import { parentPort } from 'node:worker_threads';
import { overviewColumns } from '../shared/compare/overview';
import type { AnalysisJobs } from '../renderer/worker/protocol';

parentPort?.on('message', ({ id, input }: { id: number; input: AnalysisJobs['overview']['input'] }) => {
  parentPort?.postMessage({ id, output: overviewColumns(input.reference, input.statements) });
});
