/**
 * A serving process caught mid-question: starts a reload build of the corpus folder given as
 * the first argument, and while a question holds the build (stopped), prints
 * `{"serving": <pid>, "build": <pid>}` on stdout and never returns, as a process does when it is
 * SIGKILLed during a question. Used by test/desk/buildOutlivesParent.test.ts.
 */
import { buildInProcess } from '../../src/build/buildInProcess.js';

const corpusDir = process.argv[2]!;
const cacheDir = process.argv[3]!;
const build = buildInProcess({ corpusDir, options: { cacheDir, onProblem: 'fail' } }, () => undefined);
build.result.catch(() => undefined);
build.hold(() => {
  process.stdout.write(`${JSON.stringify({ serving: process.pid, build: build.pid })}\n`);
  // Blocks this thread for good: the question never ends, the process is killed inside it.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
});
