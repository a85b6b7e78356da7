// Progress for long CLI work: a bar on a terminal, plain periodic lines when output is not a TTY.
import cliProgress from 'cli-progress';

export type Progress = {
  /** Sets the absolute amount done (and optionally a new total). */
  update(done: number, total?: number): void;
  /** Ends the progress display with a final line. */
  finish(summary?: string): void;
};

const PLAIN_LINE_INTERVAL_MS = 2_000;

export function createProgress(label: string, unit: string, total = 0, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) return barProgress(label, unit, total, stream);
  return plainProgress(label, unit, total, stream);
}

function barProgress(label: string, unit: string, total: number, stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {eta_formatted} left`, stream, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0);
  return {
    update(done, newTotal) {
      if (newTotal !== undefined) bar.setTotal(Math.max(newTotal, 1));
      bar.update(done);
    },
    finish(summary) {
      bar.stop();
      if (summary) stream.write(`${label}: ${summary}\n`);
    },
  };
}

function plainProgress(label: string, unit: string, total: number, stream: NodeJS.WriteStream): Progress {
  let lastLine = Date.now();
  let knownTotal = total;
  return {
    update(done, newTotal) {
      if (newTotal !== undefined) knownTotal = newTotal;
      const now = Date.now();
      if (now - lastLine < PLAIN_LINE_INTERVAL_MS) return;
      lastLine = now;
      const share = knownTotal > 0 ? ` (${Math.floor((100 * done) / knownTotal)}%)` : '';
      stream.write(`${label}: ${done} ${unit}${share}\n`);
    },
    finish(summary) {
      stream.write(`${label}: ${summary ?? 'done'}\n`);
    },
  };
}
