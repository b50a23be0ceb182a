// A memory cap for the toolchain's children. Halide's generators and autoschedulers can take many
// gigabytes: Adams2019's beam search passes 16 GB on big pipelines, and a generator unrolling a big
// FFT took 12 GB in two minutes here. Left alone they swap or take down the user's machine. Node
// cannot set an rlimit on a child, and an address-space limit would also stop LLVM and runtimes that
// reserve far more virtual memory than they touch, so the resident memory of the child and its
// descendants is polled (a few /proc reads per poll, not a scan of every process) and the caller
// stops the group past the cap, naming why.
import * as fs from 'node:fs';
import * as os from 'node:os';

const PAGE_BYTES = 4096;
const POLL_MS = 500;
const GIB = 1024 ** 3;

/**
 * Resident bytes a toolchain child may reach: HALIDE_LENS_MEMORY_GB when set (0: no cap), else 16 GiB
 * or three quarters of this machine's memory, whichever is less.
 */
export function memoryCapBytes(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.HALIDE_LENS_MEMORY_GB;
  if (set !== undefined && set.trim() !== '' && Number.isFinite(Number(set)) && Number(set) >= 0) {
    return Number(set) === 0 ? Infinity : Number(set) * GIB;
  }
  return Math.min(16 * GIB, 0.75 * os.totalmem());
}

const formatGiB = (bytes: number): string => `${(bytes / GIB).toFixed(1)} GiB`;

/** Why a child was stopped, in the words every caller reports: what it used, the cap, how to set it. */
export function overCapMessage(rssBytes: number, capBytes: number): string {
  return `it used ${formatGiB(rssBytes)} of memory, over the cap of ${formatGiB(capBytes)} (HALIDE_LENS_MEMORY_GB sets it)`;
}

/** Resident bytes of one process (0 when it is gone), from /proc/PID/stat's rss field. */
function rssOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces and parentheses: state is the first, rss the 22nd.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[21]) * PAGE_BYTES || 0;
  } catch {
    return 0;
  }
}

/** Direct children of a process, from each of its threads' /proc children lists ([] when unavailable). */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const t of tasks) {
    try {
      for (const c of fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
    } catch {
      // the thread ended, or the kernel has no children lists: the process alone counts
    }
  }
  return out;
}

/**
 * Resident bytes of a process and every process below it. A forked child's pages still shared with
 * its parent count in both: the sum errs high, so a cap stops a fork-mode worker a little early.
 */
export function treeRssBytes(pid: number): number {
  let total = 0;
  const seen = new Set<number>();
  const todo = [pid];
  for (let p = todo.pop(); p !== undefined; p = todo.pop()) {
    if (seen.has(p)) continue;
    seen.add(p);
    total += rssOf(p);
    todo.push(...childrenOf(p));
  }
  return total;
}

/**
 * Polls the resident memory of `pid`'s tree and calls `onExceed` once when it passes `capBytes`.
 * Returns the function that stops watching. No cap (Infinity) or no /proc: nothing is watched.
 */
export function watchMemory(pid: number, capBytes: number, onExceed: (rssBytes: number) => void): () => void {
  if (!Number.isFinite(capBytes) || !fs.existsSync(`/proc/${pid}`)) return () => {};
  const timer = setInterval(() => {
    const rss = treeRssBytes(pid);
    if (rss > capBytes) {
      clearInterval(timer);
      onExceed(rss);
    }
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
