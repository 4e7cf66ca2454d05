/** The import worker thread: parses files (pdf.js via unpdf, docx, html, txt) off the main thread, one at a time. */
import { parentPort, threadId } from 'node:worker_threads';
import { errorMessage } from '../../shared/error-message';
import { displayFileName, importStatement } from '../../shared/statements/import-statement';
import type { ImportResult } from '../../shared/statements/model';
import { unreadableFile, type ParseReply, type ParseRequest } from './import-worker-protocol';

const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread (new Worker(...)).');

port.on('message', (request: ParseRequest) => {
  void parse(request).then((result) => {
    const reply: ParseReply = { kind: 'parsed', id: request.id, result, threadId };
    port.postMessage(reply);
  });
});

async function parse({ file, options }: ParseRequest): Promise<ImportResult> {
  try {
    return await importStatement(file, options);
  } catch (error) {
    // importStatement promises never to throw; if it does anyway, this file fails with its name and the reason.
    return unreadableFile(displayFileName(file.name), errorMessage(error));
  }
}
