// `halide-lens rank`: how the shipped model ranks measured schedules of one group of pipelines
// (by default the realworld group, generators written by others and never trained on), beside
// Halide's own Adams2019 model on exactly the samples it can score (its own search states).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bestMs, readMachines, readSamples, samplesPerHardware, splitOf, type Sample } from '../collect/dataset';
import { oneMachine, SampleGraphs } from '../collect/trainingCache';
import { CostModel } from '../model/costModel';
import { predictGraph } from '../model/predict';
import { byPipeline, closeCalls, scoreRanking, spreadOfPipelines, type RankedSample, type RankingScore } from '../model/ranking';
import { checkFlags, UsageError, type Parsed } from './args';
import { rankAcrossTargets } from './rankTargets';

export const RANK_USAGE = `  rank [--data DIR] [--group realworld|test|validation|train] [--machine ID] [--pipelines REGEX] [--model PATH]
       [--in-sample] [--across-targets] [--json]
        rank each pipeline's measured schedules with the shipped model and with Halide's Adams2019
        (where it can score them): ordering of pairs > 1.2x apart, top-1/top-5 regret, totals;
        realworld pipelines the model trained on are left out unless --in-sample (then only they count);
        --across-targets: for schedules measured for two targets on one hardware (collect --target), does
        the predicted narrow/wide ratio point the way the measured one does`;

interface Row extends RankedSample { source: string; adams: number | null }

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-');
const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '-');

function tableRow(name: string, s: RankingScore): string {
  return `| ${name} | ${s.samples} | ${s.pipelines} | ${s.pairs} | ${pct(s.pairwiseAccuracy)} | ${times(s.top1Regret)} | ${times(s.top5Regret)} | ${pct(s.mapeScaled)} | ${s.offBy4x} | ${times(s.worstFactor)} |`;
}

/** One hardware's samples may come from several machine ids (a narrower target's leg): name them all. */
function machineLabel(samples: Sample[]): string {
  const ids = [...new Set(samples.map((s) => s.machine))];
  return `${ids.length === 1 ? 'machine' : 'machines'} ${ids.join(', ')}`;
}

export async function rankCommand(p: Parsed, out: (s: string) => void): Promise<number> {
  checkFlags(p, ['--data', '--group', '--machine', '--pipelines', '--model', '--in-sample', '--across-targets', '--json']);
  const root = process.cwd();
  const data = p.flags.get('--data');
  const dataDir = typeof data === 'string' ? path.resolve(data) : path.join(root, 'data');
  const group = (p.flags.get('--group') as string | undefined) ?? 'realworld';
  if (!['realworld', 'test', 'validation', 'train'].includes(group)) throw new UsageError(`--group is realworld, test, validation or train, not '${group}'`);
  const machine = p.flags.get('--machine');
  const filter = p.flags.get('--pipelines');
  const re = typeof filter === 'string' ? new RegExp(filter) : null;
  const splitsFile = path.join(dataDir, 'splits.json');
  const splits = fs.existsSync(splitsFile) ? JSON.parse(fs.readFileSync(splitsFile, 'utf8')) : null;
  const model = new CostModel({ modelPath: typeof p.flags.get('--model') === 'string' ? (p.flags.get('--model') as string) : undefined });
  // A score on pipelines the model trained on says little about a user's code: those are kept
  // apart, and asked for by name (--in-sample).
  await model.load();
  const trainedOn = new Set(model.description()?.trainedOnRealworld ?? []);
  const inSample = p.flags.has('--in-sample');
  const all = readSamples(dataDir);
  const ofGroup = (s: Sample) => splitOf(s.pipeline, splits) === group && (!re || re.test(s.pipeline));
  const scored = (s: Sample) => trainedOn.has(s.pipeline) === inSample;
  const inGroup = oneMachine(all, typeof machine === 'string' ? machine : undefined, dataDir).filter(ofGroup);
  const samples: Sample[] = inGroup.filter(scored);
  if (samples.length === 0) {
    const left = inGroup.length - samples.length;
    // Another hardware may hold what this one lacks (scores never mix hardware): name it.
    const elsewhere = samplesPerHardware(all.filter((s) => ofGroup(s) && scored(s)), readMachines(dataDir));
    const others = [...elsewhere].map(([id, n]) => `--machine ${id}: ${n}`).join(', ');
    throw new Error(`no samples of the ${group} group in ${dataDir}${re ? ` matching ${re}` : ''}${left ? ` (${left} of pipelines the model ${inSample ? 'did not train' : 'trained'} on${inSample ? '' : ': --in-sample scores them'})` : ''}` +
      `${others ? ` on this hardware; other hardware has some (${others})` : ''}`);
  }
  const graphs = new SampleGraphs(root, dataDir);
  if (p.flags.has('--across-targets')) {
    out(await rankAcrossTargets(samples, readMachines(dataDir), graphs, model, p.flags.has('--json')));
    return 0;
  }
  const rows: Row[] = [];
  const failed = new Map<string, number>();
  for (const s of samples) {
    try {
      const pred = (await predictGraph(model, graphs.graph(s), s.threads)).totalMs;
      rows.push({ pipeline: s.pipeline, truth: bestMs(s), pred, source: s.schedule.source, adams: s.adams2019Cost });
    } catch (err) {
      const why = (err as Error).message.split('\n')[0].slice(0, 120);
      failed.set(why, (failed.get(why) ?? 0) + 1);
    }
  }
  // Adams2019 scores only its own search states: compare on exactly those samples.
  const withAdams = rows.filter((r) => r.adams !== null && Number.isFinite(r.adams));
  const ours = scoreRanking(rows);
  const oursOnAdams = scoreRanking(withAdams);
  const adams = scoreRanking(withAdams.map((r) => ({ ...r, pred: r.adams! })));
  const close = closeCalls(withAdams.map((r) => ({ ...r, other: r.adams! })));
  const perPipeline = [...byPipeline(rows)].map(([pipeline, g]) => {
    const a = g.filter((r) => r.adams !== null);
    return {
      pipeline, samples: g.length, spread: Math.max(...g.map((r) => r.truth)) / Math.min(...g.map((r) => r.truth)),
      ours: scoreRanking(g), oursOnAdams: a.length >= 2 ? scoreRanking(a) : null, adams: a.length >= 2 ? scoreRanking(a.map((r) => ({ ...r, pred: r.adams! }))) : null,
    };
  });
  if (p.flags.has('--json')) {
    out(JSON.stringify({ group, dataDir, inSample, samples: samples.length, failed: Object.fromEntries(failed), ours, oursOnAdams, adams, closeCalls: close, perPipeline, rows }, null, 1));
    return 0;
  }
  const meta = model.description();
  const lines = [
    `# ${group} group: ${samples.length} samples of ${new Set(samples.map((s) => s.pipeline)).size} pipelines, measured on ${machineLabel(samples)}`,
    ...(inSample ? ['IN SAMPLE: the model trained on these pipelines; models/REPORT.md has the out-of-fold ranking by repository'] : []),
    ...(!inSample && inGroup.length > samples.length ? [`(${inGroup.length - samples.length} samples of pipelines the model trained on left out: --in-sample scores them)`] : []),
    `model: ${meta ? `${meta.architecture.kind}, feature schema v${meta.schema}, trained on ${Object.values(meta.data.samples).reduce((a, b) => a + b, 0)} samples` : 'none'}`,
    `median spread of a pipeline's measured times (slowest / fastest): ${times(spreadOfPipelines(rows))}`,
    '',
    '| scorer | samples | pipelines | pairs > 1.2x apart | pairwise accuracy | top-1 regret | top-5 regret | MAPE after scale | totals off > 4x | worst factor |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    tableRow('Halide Lens model, every sample', ours),
    tableRow('Halide Lens model, samples Adams2019 scores', oursOnAdams),
    tableRow('Adams2019, shipped weights, same samples', adams),
    '',
    `Of the ${close.pairs} pairs Adams2019 scores, ${close.close} are close calls for our model (predicted within 5% of each other): ` +
      `ours ${pct(close.close ? close.oursCorrect / close.close : NaN)}, Adams2019 ${pct(close.close ? close.otherCorrect / close.close : NaN)} of them.`,
    '',
    'Per pipeline (top-1 regret; pairwise accuracy on pairs > 1.2x apart):',
    '',
    '| pipeline | samples | spread | ours: top-1 | ours: pairs | ours on Adams subset: pairs | Adams2019: pairs |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...perPipeline.map((r) => `| ${r.pipeline} | ${r.samples} | ${times(r.spread)} | ${times(r.ours.top1Regret)} | ${pct(r.ours.pairwiseAccuracy)} (${r.ours.pairs}) | ${r.oursOnAdams ? `${pct(r.oursOnAdams.pairwiseAccuracy)} (${r.oursOnAdams.pairs})` : '-'} | ${r.adams ? `${pct(r.adams.pairwiseAccuracy)} (${r.adams.pairs})` : '-'} |`),
  ];
  if (failed.size) lines.push('', 'Samples the model could not predict:', ...[...failed].map(([why, n]) => `- ${n}: ${why}`));
  lines.push('', `(scale: the one factor per machine that best aligns the totals, fitted on these samples: ${ours.scale.toPrecision(3)})`);
  out(lines.join('\n'));
  return 0;
}
