// Locating a Halide installation. Order: explicit argument (the
// halideLens.halideRoot setting), then $HALIDE_ROOT, then Debian's
// libhalide14-0-dev layout. An explicit root that is broken is an error rather
// than a silent fallback, so a typo in the setting doesn't go unnoticed.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Autoscheduler = 'adams2019' | 'mullapudi2016' | 'li2018';
export const AUTOSCHEDULERS: readonly Autoscheduler[] = ['adams2019', 'mullapudi2016', 'li2018'];

/** The names the plugins register with Pipeline::add_autoscheduler (GenGen -s). */
export const AUTOSCHEDULER_REGISTERED_NAME: Record<Autoscheduler, string> = {
  adams2019: 'Adams2019',
  mullapudi2016: 'Mullapudi2016',
  li2018: 'Li2018',
};

export interface HalideToolchain {
  /** The HALIDE_ROOT-style prefix, or null for the Debian layout. */
  root: string | null;
  /** Directory holding Halide.h. */
  includeDir: string;
  libDir: string;
  /** Library name for -l: Halide14 on Debian, Halide upstream. */
  libName: string;
  /** Directory holding GenGen.cpp, RunGenMain.cpp and the RunGen headers. */
  toolsDir: string;
  /** Directory holding libautoschedule_*.so (and get_host_target on Debian). */
  pluginDir: string;
  /** Major version if it could be determined, else 'unknown'. */
  version: string;
  /** Changes whenever the headers or library change; part of every cache key. */
  fingerprint: string;
}

const DEBIAN = {
  includeDir: '/usr/include/halide14',
  libDir: '/usr/lib/x86_64-linux-gnu',
  libName: 'Halide14',
  toolsDir: '/usr/src/halide14',
  pluginDir: '/usr/lib/x86_64-linux-gnu/halide14',
};

export class HalideNotFoundError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Halide toolchain not found: ${problems.join('; ')}. ` +
        'Install it with `sudo apt-get install libhalide14-0-dev` (Debian/Ubuntu), ' +
        'or set HALIDE_ROOT (or the halideLens.halideRoot setting) to a Halide 14 install ' +
        'containing include/Halide.h and lib/libHalide.so.',
    );
    this.name = 'HalideNotFoundError';
  }
}

const fingerprints = new Map<string, string>();

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function fingerprint(includeDir: string, libPath: string): string {
  const memo = fingerprints.get(includeDir + '\0' + libPath);
  if (memo) return memo;
  const h = crypto.createHash('sha256');
  h.update(fs.readFileSync(path.join(includeDir, 'Halide.h')));
  // The library is 25 MB; its resolved path, size and mtime identify it well enough.
  const real = fs.realpathSync(libPath);
  const st = fs.statSync(real);
  h.update(`\0${real}\0${st.size}\0${st.mtimeMs}`);
  const fp = h.digest('hex').slice(0, 16);
  fingerprints.set(includeDir + '\0' + libPath, fp);
  return fp;
}

/** Upstream release layout: include/, lib/, share/Halide/tools/ (older: share/tools/). */
function fromRoot(root: string): HalideToolchain {
  const problems: string[] = [];
  const includeDir = path.join(root, 'include');
  if (!isFile(path.join(includeDir, 'Halide.h'))) problems.push(`no ${path.join(includeDir, 'Halide.h')}`);
  const libDir = path.join(root, 'lib');
  const libName = ['Halide', 'Halide14'].find((n) => isFile(path.join(libDir, `lib${n}.so`)));
  if (!libName) problems.push(`no libHalide.so in ${libDir}`);
  const toolsDir = [path.join(root, 'share', 'Halide', 'tools'), path.join(root, 'share', 'tools'), path.join(root, 'tools')]
    .find((d) => isFile(path.join(d, 'GenGen.cpp')));
  if (!toolsDir) problems.push(`no GenGen.cpp under ${path.join(root, 'share')}`);
  if (problems.length > 0 || !libName || !toolsDir) {
    throw new HalideNotFoundError(problems.map((p) => `HALIDE_ROOT=${root}: ${p}`));
  }
  const libPath = path.join(libDir, `lib${libName}.so`);
  return {
    root,
    includeDir,
    libDir,
    libName,
    toolsDir,
    pluginDir: libDir,
    version: versionFromLib(libPath, libName),
    fingerprint: fingerprint(includeDir, libPath),
  };
}

/** libHalide.so -> libHalide.so.14.0.0 gives the version; Debian's name carries it. */
function versionFromLib(libPath: string, libName: string): string {
  const m = /(\d+)$/.exec(libName);
  if (m) return m[1];
  try {
    const v = /\.so\.(\d+)/.exec(fs.realpathSync(libPath));
    if (v) return v[1];
  } catch {
    // fall through
  }
  return 'unknown';
}

function debian(): HalideToolchain {
  const libPath = path.join(DEBIAN.libDir, `lib${DEBIAN.libName}.so`);
  const missing = [
    path.join(DEBIAN.includeDir, 'Halide.h'),
    libPath,
    path.join(DEBIAN.toolsDir, 'GenGen.cpp'),
  ].filter((p) => !isFile(p));
  if (missing.length > 0) throw new HalideNotFoundError(missing.map((p) => `missing ${p}`));
  return { root: null, ...DEBIAN, version: '14', fingerprint: fingerprint(DEBIAN.includeDir, libPath) };
}

export function locateHalide(root?: string | null, env: NodeJS.ProcessEnv = process.env): HalideToolchain {
  if (root) return fromRoot(path.resolve(root));
  if (env.HALIDE_ROOT) return fromRoot(path.resolve(env.HALIDE_ROOT));
  return debian();
}

/** Path of an autoscheduler plugin; throws if this install lacks it. */
export function pluginPath(tc: HalideToolchain, which: Autoscheduler): string {
  const p = path.join(tc.pluginDir, `libautoschedule_${which}.so`);
  if (!isFile(p)) throw new HalideNotFoundError([`autoscheduler plugin ${p} is missing`]);
  return p;
}

/** Compiler flags every translation unit that includes Halide.h needs. */
export function compileFlags(tc: HalideToolchain): string[] {
  // -isystem keeps Halide.h's own -Wextra noise out of our diagnostics.
  return ['-isystem', tc.includeDir];
}

/** Linker flags for programs that use libHalide (generators, pipeline_dump). */
export function linkFlags(tc: HalideToolchain): string[] {
  // rpath so HALIDE_ROOT installs run without LD_LIBRARY_PATH.
  return [`-L${tc.libDir}`, `-Wl,-rpath,${tc.libDir}`, `-l${tc.libName}`, '-lpthread', '-ldl'];
}
