// The server's state for the client's status bar item: sent as `halideLens/status` whenever it changes.
import type { ServerStatus } from './protocol';

export class StatusReporter {
  private state: ServerStatus = {
    model: { state: 'unloaded' },
    toolchain: { state: 'unknown' },
    busy: [],
    calibration: null,
    trusted: true,
    overBudget: [],
  };
  private lastSent = '';
  private scheduled = false;

  constructor(private readonly send: (s: ServerStatus) => void) {}

  get current(): ServerStatus { return this.state; }

  update(patch: Partial<ServerStatus>): void {
    this.state = { ...this.state, ...patch };
    this.flush();
  }

  /** Mark a task busy until the returned function is called (or the promise settles). */
  begin(task: string): () => void {
    this.update({ busy: [...this.state.busy, task] });
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const i = this.state.busy.indexOf(task);
      if (i >= 0) this.update({ busy: [...this.state.busy.slice(0, i), ...this.state.busy.slice(i + 1)] });
    };
  }

  async while<T>(task: string, work: () => Promise<T>): Promise<T> {
    const end = this.begin(task);
    try {
      return await work();
    } finally {
      end();
    }
  }

  /** Coalesced to one notification per tick; identical states are not resent. */
  private flush(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const json = JSON.stringify(this.state);
      if (json === this.lastSent) return;
      this.lastSent = json;
      try {
        this.send(this.state);
      } catch {
        // connection gone: nothing to report to
      }
    });
  }
}
