// Applying a NAME.schedule.h with the real compiler. Halide 14's GenGen has no "apply this schedule
// file" flag, but it loads autoscheduler plugins (-p lib.so -s Name): so we build a one-function
// autoscheduler that #includes the file and calls its apply_schedule_NAME(pipeline, target). The
// file is compiled exactly as written and the generator's source is untouched; the plugin also
// reports Halide's get_func(N) order (as the emitted schedule's text) so a wrong index is caught.
// (Generating a copy of the generator with the code pasted into schedule() would need the user's
// schedule cut out of arbitrary C++; the plugin needs nothing but the file.) The file is the whole
// schedule, as an autoscheduler's is: the plugin first clears what the generator scheduled
// unguarded (native/reset_schedule.h, as the bench worker does), or a split of a Var the source
// split already would fail inside Halide.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type BuildContext, compileObject, GENERATOR_FLAGS, linkExecutable, sha256 } from './build';
import { localIncludes, nativeDir } from './workerBuild';

/** The autoscheduler name the plugin registers for a generator's schedule file. */
export const schedulePluginName = (generator: string): string => `HalideLensScheduleFile_${generator}`;

export interface ScheduleFile { generator: string; text: string }
export interface SchedulePlugin { path: string; names: Map<string, string> }

function registrar(generator: string): string {
  const name = schedulePluginName(generator);
  return `struct Apply_${generator} {
    Apply_${generator}() { Halide::Pipeline::add_autoscheduler("${name}", *this); }
    void operator()(const Halide::Pipeline &p, const Halide::Target &target,
                    const Halide::MachineParams &, Halide::AutoSchedulerResults *results) {
        Halide::Pipeline pipeline = p;
        results->scheduler_name = "${name}";
        results->schedule_source = func_list(pipeline);
        halide_lens::reset_schedule(pipeline);
        apply_schedule_${generator}(pipeline, target);
    }
} apply_${generator};
`;
}

function pluginSource(files: ScheduleFile[]): string {
  return `// One-function autoschedulers, one per schedule file: each applies its NAME.schedule.h as written.
#include "Halide.h"
#include "reset_schedule.h"
${files.map((f) => `#include "${f.generator}.schedule.h"`).join('\n')}

#include <sstream>

namespace {

// What get_func(N) names, so the schedule files' indices can be checked against Halide.
std::string func_list(Halide::Pipeline pipeline) {
    std::map<std::string, Halide::Internal::Function> env;
    for (const Halide::Func &f : pipeline.outputs()) {
        for (const auto &kv : Halide::Internal::find_transitive_calls(f.function())) env.insert(kv);
    }
    std::ostringstream list;
    for (size_t i = 0; i < env.size(); i++) list << "// get_func(" << i << ") = " << pipeline.get_func(i).name() << "\\n";
    return list.str();
}

${files.map((f) => registrar(f.generator)).join('\n')}
}  // namespace
`;
}

/**
 * Builds (or finds in the cache) one plugin applying every given schedule file (one compile of
 * Halide.h for all of them: a test checking many generators pays it once). Generators must differ.
 */
export async function buildSchedulePlugin(ctx: BuildContext, files: ScheduleFile[]): Promise<SchedulePlugin> {
  for (const f of files) if (!/^[A-Za-z_]\w*$/.test(f.generator)) throw new Error(`generator name '${f.generator}' is not a C++ identifier`);
  if (new Set(files.map((f) => f.generator)).size !== files.length) throw new Error('one schedule file per generator');
  const sorted = [...files].sort((a, b) => (a.generator < b.generator ? -1 : 1));
  const key = sha256(...sorted.flatMap((f) => [f.generator, f.text])).slice(0, 20);
  const dir = path.join(ctx.cacheDir, 'schedule-plugin', key);
  fs.mkdirSync(dir, { recursive: true });
  const headers = sorted.map((f) => {
    const h = path.join(dir, `${f.generator}.schedule.h`);
    fs.writeFileSync(h, f.text);
    return h;
  });
  const source = path.join(dir, 'apply_schedule_files.cpp');
  fs.writeFileSync(source, pluginSource(sorted));
  const native = nativeDir();
  const obj = await compileObject(ctx, source, { flags: [...GENERATOR_FLAGS, '-fPIC', `-I${native}`], dependencies: [...headers, ...localIncludes(source, [native])] });
  // Halide's symbols resolve against the libHalide GenGen has loaded.
  const so = await linkExecutable(ctx, 'apply_schedule_files.so', [obj.objectPath], { withHalide: false, libs: ['-shared'] });
  return { path: so.exePath, names: new Map(sorted.map((f) => [f.generator, schedulePluginName(f.generator)])) };
}

/** `// get_func(N) = name` lines the plugin wrote into the emitted schedule file, in order. */
export function reportedFuncOrder(emittedSchedule: string): string[] {
  return [...emittedSchedule.matchAll(/^\s*\/\/ get_func\((\d+)\) = (.+)$/gm)].map((m) => m[2].trim());
}

/** The name the wrapper registers for autoscheduling the algorithm alone with `inner`. */
export const fromAlgorithmName = (inner: string): string => `HalideLensFromAlgorithm_${inner}`;

/**
 * Halide's autoschedulers refuse a pipeline whose generator scheduled it unguarded (most generators
 * written by hand do): a plugin whose autoscheduler clears that schedule (reset_schedule.h, as the
 * bench worker does) and then runs `inner` on the algorithm alone. GenGen loads it after inner's
 * own plugin (-p takes a comma-separated list), so the returned path is both.
 */
export async function buildFromAlgorithmPlugin(ctx: BuildContext, inner: { path: string; name: string }): Promise<{ path: string; name: string }> {
  if (!/^\w+$/.test(inner.name)) throw new Error(`autoscheduler name '${inner.name}' is not an identifier`);
  const name = fromAlgorithmName(inner.name);
  const text = `// Autoschedules the algorithm alone: the generator's own schedule is cleared first.
#include "Halide.h"
#include "reset_schedule.h"

namespace {
struct FromAlgorithm {
    FromAlgorithm() { Halide::Pipeline::add_autoscheduler("${name}", *this); }
    void operator()(const Halide::Pipeline &p, const Halide::Target &target,
                    const Halide::MachineParams &params, Halide::AutoSchedulerResults *results) {
        Halide::Pipeline pipeline = p;
        halide_lens::reset_schedule(pipeline);
        *results = pipeline.auto_schedule("${inner.name}", target, params);
    }
} from_algorithm;
}  // namespace
`;
  const dir = path.join(ctx.cacheDir, 'from-algorithm-plugin', sha256(text).slice(0, 20));
  fs.mkdirSync(dir, { recursive: true });
  const source = path.join(dir, `from_algorithm_${inner.name}.cpp`);
  fs.writeFileSync(source, text);
  const native = nativeDir();
  const obj = await compileObject(ctx, source, { flags: [...GENERATOR_FLAGS, '-fPIC', `-I${native}`], dependencies: localIncludes(source, [native]) });
  const so = await linkExecutable(ctx, `from_algorithm_${inner.name}.so`, [obj.objectPath], { withHalide: false, libs: ['-shared'] });
  return { path: `${inner.path},${so.exePath}`, name };
}
