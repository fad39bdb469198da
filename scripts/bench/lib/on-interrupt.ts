/**
 * Clean-up that must also run when a benchmark is stopped with Ctrl-C: the
 * scratch folders of a 5,000-article comparison hold gigabytes.
 */
const tasks = new Set<() => void>();
let bound = false;

function runAll(signal: NodeJS.Signals): void {
  for (const task of tasks) {
    try {
      task();
    } catch {
      // Best effort: the process is ending anyway.
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/** Runs `task` if the process is interrupted (SIGINT, SIGTERM); returns a function that cancels it. */
export function onInterrupt(task: () => void): () => void {
  if (!bound) {
    process.once('SIGINT', runAll);
    process.once('SIGTERM', runAll);
    bound = true;
  }
  tasks.add(task);
  return () => tasks.delete(task);
}
