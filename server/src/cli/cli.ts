// Command dispatch and argument parsing for `halide-lens`. Exit codes: 0 ok, 1 failure, 2 usage.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { extract } from '../halide/extract';
import { fileIncludeResolver, type IncludeResolver } from '../halide/includes';
import { graphDot, graphText } from './format';
import { startStdioServer } from '../lsp/main';
import { type GeneratorGraph, generatorKey, STAGE_GRAPH_VERSION, type StageGraph } from '../halide/graph';
import { defaultCacheDir, profileGenerator } from '../toolchain/profile';
import { collect } from '../collect/collector';
import { RANK_USAGE, rankCommand } from './rank';
import { shapesReport } from './shapes';
import { DEFAULT_PLAN } from '../collect/plan';
import { SCHEDULE_SOURCES } from '../collect/dataset';
import { summarize } from '../collect/summary';
import { remeasure } from '../collect/noise';
import { AUTOSCHEDULERS, locateHalide, type Autoscheduler } from '../toolchain/halide';
import { BuildError } from '../toolchain/build';
import { formatDiagnostic } from '../toolchain/diagnostics';
import { summarizeProfile } from '../toolchain/profileSummary';
import { profileText } from './profile';
import { FEATURES_USAGE, featuresCommand } from './features';
import { checkFlags, parseArgs, readFile, targetFlag, threadsFlag, UsageError, type Parsed } from './args';
import { predictReport, predictText } from './predict';
import { EXACT_USAGE, ExactError, exactGenerator, exactGraph } from './exact';
import { SUGGEST_USAGE, suggestCommand } from './suggest';
import { hostTarget } from '../toolchain/target';

const USAGE = `usage: halide-lens <command> [options]

commands:
  graph FILE.cpp [--generator NAME] [--param NAME=VALUE ...] [--schedule FILE.schedule.h]
        [--auto-schedule] [--target TARGET] [--include DIRS] [--exact] [--json|--dot]
        read a Halide generator and print its stage graph
  profile FILE.cpp [--generator NAME] [--threads N] [--param NAME=VALUE ...]
        [--autoscheduler adams2019|mullapudi2016|li2018 | --schedule FILE.schedule.h] [--include DIRS] [--json]
        compile the generator with Halide 14, benchmark it on its estimated input sizes with
        Halide's profiler, and print the measured time of each Func; --schedule measures a
        NAME.schedule.h (as suggest --schedule-h writes it) instead of the source's schedule
  predict FILE.cpp [--generator NAME] [--param NAME=VALUE ...] [--schedule FILE.schedule.h]
        [--target TARGET] [--include DIRS] [--threads N] [--model PATH] [--exact] [--graph] [--json]
        predicted time of each stage and of the pipeline, from the cost model (models/cost_model.onnx);
        --graph prints the generator's stage graph before them
${SUGGEST_USAGE}
${FEATURES_USAGE}
${EXACT_USAGE}
${RANK_USAGE}
  collect [--minutes M] [--pipeline-minutes M] [--max-samples N] [--pipelines REGEX] [--random-pipelines K] [--data DIR]
          [--new-machine] [--target TARGET] [--realworld DIR [--realworld-only]] [--probes N] [--real-shaped K] [--search K [--search-model PATH]] [--sources LIST] [--replay MACHINE [--replay-count N] [--pair-target TARGET]] [--shapes]
        measure (pipeline, schedule) pairs on this machine into data/ (resumable, append-only);
        --target measures code compiled for a narrower target than this machine's (e.g. without avx512),
        recorded as the same hardware's samples for that target;
        --realworld adds the realworld group (../shared/realworld; their authors', the autoschedulers'
        and N Adams2019 probes' schedules; estimates a generator lacks are guessed and recorded);
        --summary rewrites data/README.md and data/splits.json from the samples;
        --remeasure N measures N random samples again (the label noise floor);
        --real-shaped K adds K random pipelines of 3-120 stages (log-uniform, as real ones are);
        --search K adds the K schedules the cost model's search ranks best (3 s, from scratch) to each corpus
        and random pipeline outside the test split (and realworld generator, with --realworld): the model's
        blind spots, measured; --sources LIST measures only those schedule sources (e.g. --sources search:
        a new round of the search's picks, nothing else); --replay MACHINE measures again, as the same code, up to
        8 schedules per pipeline that MACHINE measured (the authors', naive, random, search): run it for the host's
        target and with --target for a narrower one, and each replayed plan item is a pair of one code on two targets;
        --pair-target TARGET times each replayed schedule for TARGET too, back to back with a second worker (no drift
        between runs in the pair; items either target has are left out); --replay-count N replays N per pipeline
        --shapes compares the graphs' shapes: corpus, random pipelines, realworld (measured hand schedules)
  lsp --stdio
        run the language server over standard input/output
  help  print this text

exit codes: 0 success, 1 the input could not be read, 2 bad usage`;

async function graphCommand(p: Parsed, out: (s: string) => void): Promise<number> {
  checkFlags(p, ['--generator', '--param', '--schedule', '--auto-schedule', '--target', '--json', '--dot', '--exact', '--include']);
  const file = p.positional[0];
  if (!file) throw new UsageError('graph needs a FILE.cpp');
  if (p.flags.has('--json') && p.flags.has('--dot')) throw new UsageError('choose one of --json and --dot');
  const text = readFile(file, 'generator');
  const schedulePath = p.flags.get('--schedule');
  const schedule = typeof schedulePath === 'string' ? readFile(schedulePath, 'schedule') : undefined;
  const generator = p.flags.get('--generator');
  const read = extract(text, {
    uri: path.relative(process.cwd(), file) || file,
    schedule,
    scheduleUri: typeof schedulePath === 'string' ? path.relative(process.cwd(), schedulePath) || schedulePath : undefined,
    autoSchedule: p.flags.has('--auto-schedule'),
    generator: typeof generator === 'string' ? generator : undefined,
    params: p.params,
    target: targetFlag(p),
    includes: includesFlag(p),
  });
  if (typeof generator === 'string' && read.generators.length === 0) {
    throw new Error(`no generator named '${generator}' in ${file}`);
  }
  const only = read.generators.length === 1 ? read.generators[0].registeredName ?? undefined : undefined;
  const graph = p.flags.has('--exact')
    ? await exactGraph(file, p, read, typeof generator === 'string' ? generator : only, typeof schedulePath === 'string' ? schedulePath : undefined)
    : read;
  out(p.flags.has('--json') ? JSON.stringify(graph, null, 2) : p.flags.has('--dot') ? graphDot(graph) : graphText(graph));
  return graph.generators.length > 0 ? 0 : 1;
}

async function profileCommand(p: Parsed, out: (s: string) => void): Promise<number> {
  checkFlags(p, ['--generator', '--param', '--threads', '--autoscheduler', '--schedule', '--include', '--json']);
  const file = p.positional[0];
  if (!file) throw new UsageError('profile needs a FILE.cpp');
  const scheduleFlag = p.flags.get('--schedule');
  if (scheduleFlag !== undefined && typeof scheduleFlag !== 'string') throw new UsageError('--schedule needs a FILE.schedule.h');
  if (scheduleFlag !== undefined && p.flags.has('--autoscheduler')) throw new UsageError('--schedule and --autoscheduler exclude each other');
  const scheduleFile = typeof scheduleFlag === 'string' ? fs.readFileSync(scheduleFlag, 'utf8') : undefined;
  const threads = threadsFlag(p);
  const scheduler = p.flags.get('--autoscheduler');
  if (typeof scheduler === 'string' && !(AUTOSCHEDULERS as readonly string[]).includes(scheduler)) {
    throw new UsageError(`--autoscheduler must be one of ${AUTOSCHEDULERS.join(', ')}`);
  }
  const graph = selectGenerator(file, p);
  if (!graph.registeredName) throw new Error(`generator ${graph.className} has no HALIDE_REGISTER_GENERATOR: Halide cannot build it`);
  try {
    const result = await profileGenerator(path.resolve(file), {
      generator: graph.registeredName, threads, params: p.params, graph,
      autoscheduler: typeof scheduler === 'string' ? (scheduler as Autoscheduler) : undefined,
      scheduleFile,
      includeDirs: includeDirsFlag(p),
      onStep: (s) => process.stderr.write(`halide-lens: ${s}...\n`),
    });
    const summary = summarizeProfile(result, graph);
    out(p.flags.has('--json') ? JSON.stringify(summary, null, 2) : profileText(summary));
    return 0;
  } catch (err) {
    if (err instanceof BuildError) {
      for (const d of err.diagnostics.filter((x) => x.severity === 'error').slice(0, 20)) process.stderr.write(formatDiagnostic(d) + '\n');
    }
    throw err;
  }
}

async function predictCommand(p: Parsed, out: (s: string) => void): Promise<number> {
  checkFlags(p, ['--generator', '--param', '--schedule', '--target', '--threads', '--model', '--graph', '--json', '--exact', '--include']);
  const file = p.positional[0];
  if (!file) throw new UsageError('predict needs a FILE.cpp');
  if (p.flags.has('--graph') && p.flags.has('--json')) throw new UsageError('predict: --graph is for the text output (graph --json prints the graph as JSON)');
  const threads = threadsFlag(p, os.availableParallelism());
  const schedulePath = p.flags.get('--schedule');
  const schedule = typeof schedulePath === 'string' ? readFile(schedulePath, 'schedule') : undefined;
  const chosen = selectGenerator(file, p, schedule);
  const graph = p.flags.has('--exact')
    ? await exactGenerator(file, p, chosen, staticGraphOf(file, p, schedule), typeof schedulePath === 'string' ? schedulePath : undefined)
    : chosen;
  const model = p.flags.get('--model');
  const report = await predictReport(graph, {
    threads, modelPath: typeof model === 'string' ? model : undefined,
    scheduleLabel: typeof schedulePath === 'string' ? path.basename(schedulePath) : 'schedule in the source',
  });
  if (p.flags.has('--graph')) out(graphText({ version: STAGE_GRAPH_VERSION, uri: file, generators: [graph], diagnostics: [] }));
  out(p.flags.has('--json') ? JSON.stringify(report, null, 2) : predictText(report));
  return 0;
}

async function suggestCli(p: Parsed, out: (s: string) => void): Promise<number> {
  checkFlags(p, ['--generator', '--param', '--target', '--include', '--threads', '--budget-ms', '--seed', '--from', '--schedule-h', '--model', '--json', '--verify', '--exact']);
  const file = p.positional[0];
  if (!file) throw new UsageError('suggest needs a FILE.cpp');
  const target = targetFlag(p);
  const chosen = selectGenerator(file, p);
  // Halide's own graph of a generator the static reader does not read completely.
  const graph = p.flags.has('--exact') ? await exactGenerator(file, p, chosen, staticGraphOf(file, p)) : chosen;
  return suggestCommand(p, graph, {
    threads: threadsFlag(p, os.availableParallelism()),
    target,
    // What --verify needs to read the candidates back and to build the generator.
    file, params: p.params, includes: includesFlag(p), includeDirs: includeDirsFlag(p),
    // Without Halide the search still runs, with 16-byte vectors.
    hostTarget: async () => {
      try {
        return (await hostTarget({ tc: locateHalide(), cacheDir: defaultCacheDir() })).target;
      } catch {
        return undefined;
      }
    },
  }, out);
}

async function collectCommand(p: Parsed, out: (s: string) => void): Promise<number> {
  checkFlags(p, ['--minutes', '--pipeline-minutes', '--max-samples', '--pipelines', '--random-pipelines', '--data', '--threads', '--summary', '--remeasure', '--new-machine', '--target', '--realworld', '--realworld-only', '--probes', '--shapes', '--real-shaped', '--search', '--search-model', '--sources', '--replay', '--replay-count', '--pair-target']);
  const num = (flag: string): number | undefined => {
    const v = p.flags.get(flag);
    if (typeof v !== 'string') return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} wants a non-negative number`);
    return n;
  };
  const root = process.cwd();
  if (!fs.existsSync(path.join(root, 'corpus'))) throw new Error('collect runs from the repository root (it needs corpus/)');
  const data = p.flags.get('--data');
  const dataDir = typeof data === 'string' ? path.resolve(data) : path.join(root, 'data');
  if (p.flags.has('--summary')) {
    fs.writeFileSync(path.join(dataDir, 'README.md'), summarize(dataDir));
    process.stdout.write(fs.readFileSync(path.join(dataDir, 'README.md'), 'utf8'));
    return 0;
  }
  if (p.flags.has('--shapes')) {
    out(shapesReport(root, dataDir));
    return 0;
  }
  const again = num('--remeasure');
  if (again !== undefined) {
    const n = await remeasure({ root, dataDir, cacheDir: defaultCacheDir(), count: again });
    process.stderr.write(`halide-lens: ${n} samples measured again\n`);
    return n > 0 ? 0 : 1;
  }
  const pipelines = p.flags.get('--pipelines');
  const rw = p.flags.get('--realworld');
  const realworld = typeof rw === 'string' ? path.resolve(rw) : undefined;
  if (p.flags.has('--realworld-only') && !realworld) throw new UsageError('--realworld-only needs --realworld DIR');
  const progress = await collect({
    root,
    dataDir,
    cacheDir: defaultCacheDir(),
    plan: {
      ...DEFAULT_PLAN, randomPipelines: num('--random-pipelines') ?? DEFAULT_PLAN.randomPipelines, adamsProbes: num('--probes') ?? DEFAULT_PLAN.adamsProbes,
      realworldDir: realworld, realworldOnly: p.flags.has('--realworld-only'), realShapedPipelines: num('--real-shaped'),
      searchSchedules: num('--search'),
    },
    minutes: num('--minutes'),
    pipelineMinutes: num('--pipeline-minutes'),
    maxSamples: num('--max-samples'),
    threads: num('--threads'),
    filter: typeof pipelines === 'string' ? new RegExp(pipelines) : undefined,
    newMachine: p.flags.has('--new-machine'),
    target: typeof p.flags.get('--target') === 'string' ? (p.flags.get('--target') as string) : undefined,
    searchModel: typeof p.flags.get('--search-model') === 'string' ? (p.flags.get('--search-model') as string) : undefined,
    sources: sourcesFlag(p.flags.get('--sources')),
    replay: typeof p.flags.get('--replay') === 'string' ? (p.flags.get('--replay') as string) : undefined,
    replayCount: num('--replay-count'),
    pairTarget: typeof p.flags.get('--pair-target') === 'string' ? (p.flags.get('--pair-target') as string) : undefined,
  });
  return progress.measured > 0 || progress.failed === 0 ? 0 : 1;
}


/** `--sources a,b`: the schedule sources collect measures (all when absent). */
function sourcesFlag(v: string | boolean | undefined): Set<string> | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new UsageError(`--sources needs a list of schedule sources (${SCHEDULE_SOURCES.join(', ')})`);
  const out = new Set(v.split(',').map((x) => x.trim()).filter(Boolean));
  const bad = [...out].filter((x) => !(SCHEDULE_SOURCES as readonly string[]).includes(x));
  if (bad.length || !out.size) throw new UsageError(`--sources: unknown source ${bad.join(', ') || '(none)'}; one of ${SCHEDULE_SOURCES.join(', ')}`);
  return out;
}

/** --include DIR[:DIR...]: folders quoted includes resolve against besides the file's own. */
function includeDirsFlag(p: Parsed): string[] {
  const dirs = p.flags.get('--include');
  return typeof dirs === 'string' ? dirs.split(path.delimiter).filter(Boolean) : [];
}

/** Local headers are looked for beside the file, then in each --include DIR (':'-separated). */
function includesFlag(p: Parsed): IncludeResolver {
  return fileIncludeResolver(includeDirsFlag(p));
}

function staticGraphOf(file: string, p: Parsed, schedule?: string): StageGraph {
  const generator = p.flags.get('--generator');
  return extract(readFile(file, 'generator'), { uri: file, params: p.params, schedule, generator: typeof generator === 'string' ? generator : undefined, target: targetFlag(p), includes: includesFlag(p) });
}

/** The one generator a command works on: --generator, or the only one in the file. */
function selectGenerator(file: string, p: Parsed, schedule?: string): GeneratorGraph {
  const generator = p.flags.get('--generator');
  const graph = staticGraphOf(file, p, schedule);
  if (graph.generators.length === 0) {
    throw new Error(typeof generator === 'string' ? `no generator named '${generator}' in ${file}` : `no Halide::Generator subclass in ${file}`);
  }
  if (graph.generators.length > 1) {
    throw new UsageError(`${file} has ${graph.generators.length} generators: choose one with --generator (${graph.generators.map(generatorKey).join(', ')})`);
  }
  return graph.generators[0];
}

export async function runCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'graph':
        return await graphCommand(parseArgs(rest), out);
      case 'profile':
        return await profileCommand(parseArgs(rest), out);
      case 'predict':
        return await predictCommand(parseArgs(rest), out);
      case 'suggest':
        return await suggestCli(parseArgs(rest), out);
      case 'collect':
        return await collectCommand(parseArgs(rest), out);
      case 'features':
        return await featuresCommand(rest, out);
      case 'rank':
        return await rankCommand(parseArgs(rest), out);
      case 'lsp': {
        startStdioServer();
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`halide-lens: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof ExactError) {
      process.stderr.write(`halide-lens: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
