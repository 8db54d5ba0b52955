/**
 * Long work written as a generator that yields between slices runs either at once (a
 * question that needs the result now) or with a pause between slices (a serving thread
 * readying a reloaded corpus, see `createPause`).
 */
export type Steps<T> = Generator<void, T>;

/** Runs every step now. */
export function runSteps<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs the steps with `pause` between them. */
export async function runStepsPausing<T>(steps: Steps<T>, pause: () => Promise<void> | void): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  return step.value;
}
