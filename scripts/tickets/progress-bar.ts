/**
 * A progress bar on the terminal (stderr) for long imports; nothing at all
 * when output goes to a file, a pipe or CI logs, so logs stay clean.
 */
import cliProgress from 'cli-progress';

/** Updates a bar; a no-op when stderr is not a terminal. */
export interface ProgressBar {
  update(value: number, rows: number): void;
  stop(): void;
}

/** Starts a bar over `total` units (bytes of the file) when stderr is a TTY. */
export function startProgressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% | {rows} rows`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0, { rows: 0 });
  return {
    update: (value, rows) => bar.update(Math.min(value, total), { rows }),
    stop: () => bar.stop(),
  };
}
