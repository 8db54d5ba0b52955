/**
 * A pause for long synchronous work run on the event loop: call it often; it yields to the
 * event loop (so queries and heartbeats run) once `budgetMs` has passed since the last yield.
 * With no budget it never yields (start-up, where nothing else is waiting).
 */
export function createPause(budgetMs?: number): () => Promise<void> | void {
  if (budgetMs === undefined) return () => undefined;
  let since = performance.now();
  return () => {
    if (performance.now() - since < budgetMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        since = performance.now();
        resolve();
      }),
    );
  };
}
