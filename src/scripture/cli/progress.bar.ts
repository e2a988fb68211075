// A one-line progress bar for `bible install`, drawn only on a terminal; elsewhere (logs, CI, pipes)
// nothing is printed until a module is done.
import type { InstallProgress } from '../install/install.types.js';

const WIDTH = 24;

/** A progress callback that redraws one line of `write`, and `done()` to clear it. */
export function progressBar(write: (text: string) => void, now: () => number = () => performance.now()): {
  update: (p: InstallProgress) => void;
  done: () => void;
} {
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      // Redrawing more than ~20 times a second only costs time.
      if (t - lastDraw < 50 && p.done < p.total) return;
      lastDraw = t;
      const ratio = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
      const filled = Math.round(ratio * WIDTH);
      const label = p.phase === 'read' ? 'reading' : 'writing';
      write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}% ${p.module} ${label}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) write('\r\x1b[K');
      drawn = false;
    },
  };
}
