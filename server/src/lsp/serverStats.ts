// The server's own health for benchmarks and bug reports: how long the event loop was kept from
// answering (the longest stall is what a user feels while typing), memory, open documents. The
// delay monitor samples every millisecond, so it starts on the first request, not with the server.
import { monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram } from 'node:perf_hooks';
import type { ServerStats, ServerStatsParams } from './protocol';

export class ServerStatsMonitor {
  private loopDelay: IntervalHistogram | null = null;
  private gc: PerformanceObserver | null = null;
  private gcMaxMs = 0;
  private gcCount = 0;

  read(p: ServerStatsParams | undefined, documents: number): ServerStats {
    if (!this.loopDelay) {
      this.loopDelay = monitorEventLoopDelay({ resolution: 1 });
      this.loopDelay.enable();
      // Garbage collection pauses stall the loop too: reported beside it, to tell the two apart.
      this.gc = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) { this.gcMaxMs = Math.max(this.gcMaxMs, e.duration); this.gcCount++; }
      });
      this.gc.observe({ entryTypes: ['gc'] });
    }
    const h = this.loopDelay;
    const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0);
    const mem = process.memoryUsage();
    const out: ServerStats = {
      eventLoop: { maxMs: ms(h.max), p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), samples: h.count },
      gc: { maxMs: this.gcMaxMs, count: this.gcCount },
      rssMb: mem.rss / 2 ** 20, heapMb: mem.heapUsed / 2 ** 20, documents,
    };
    if (p?.reset) { h.reset(); this.gcMaxMs = 0; this.gcCount = 0; }
    return out;
  }

  dispose(): void {
    this.loopDelay?.disable();
    this.gc?.disconnect();
  }
}
