/** A one-line text progress bar, "[########------------]  40%  1,234/3,024". */
export function progressBar(done: number, total: number, width = 24): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(share * width);
  const percent = `${Math.round(share * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
}

/**
 * Progress reporting to a terminal stream: redraws one line (at most every `everyMs`) when the
 * stream is a TTY, and stays silent otherwise (logs and pipes get no control characters).
 */
export function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stderr, everyMs = 100) {
  let last = 0;
  let drawn = false;
  // Methods as arrow functions: they are passed around as callbacks.
  return {
    update: (done: number, total: number): void => {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < everyMs && done < total) return;
      last = now;
      drawn = true;
      stream.write(`\r${label} ${progressBar(done, total)}`);
    },
    done: (): void => {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
