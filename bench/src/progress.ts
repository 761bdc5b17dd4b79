import cliProgress from "cli-progress";

/** Live status on the terminal: one bar per phase, with what is running now. */
export interface Progress {
  phase(title: string, total: number): void;
  tick(status: string, done?: number): void;
  log(line: string): void;
  stop(): void;
}

export const silentProgress: Progress = { phase() {}, tick() {}, log() {}, stop() {} };

export function terminalProgress(): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: "{phase} |{bar}| {percentage}% {value}/{total} | {status}",
      hideCursor: true,
      clearOnComplete: false,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  const stop = () => {
    if (running) bar.stop();
    running = false;
  };
  return {
    phase(title, total) {
      stop();
      if (!process.stderr.isTTY) console.error(`${title}…`);
      bar.start(total, 0, { phase: title.padEnd(28), status: "" });
      running = true;
    },
    tick(status, done = 1) {
      bar.increment(done, { status });
    },
    log(line) {
      stop();
      console.error(line);
    },
    stop,
  };
}
