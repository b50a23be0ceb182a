// The server's own health for benchmarks and bug reports: how long the event loop was kept from
// answering (the longest stall is what a user feels while typing), memory, open documents. The
// delay monitor samples every millisecond, so it starts on the first request, not with the server.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { ServerStats, ServerStatsParams } from './protocol';

export class ServerStatsMonitor {
  private loopDelay: IntervalHistogram | null = null;

  read(p: ServerStatsParams | undefined, documents: number): ServerStats {
    if (!this.loopDelay) {
      this.loopDelay = monitorEventLoopDelay({ resolution: 1 });
      this.loopDelay.enable();
    }
    const h = this.loopDelay;
    const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0);
    const mem = process.memoryUsage();
    const out: ServerStats = {
      eventLoop: { maxMs: ms(h.max), p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), samples: h.count },
      rssMb: mem.rss / 2 ** 20, heapMb: mem.heapUsed / 2 ** 20, documents,
    };
    if (p?.reset) h.reset();
    return out;
  }

  dispose(): void {
    this.loopDelay?.disable();
  }
}
