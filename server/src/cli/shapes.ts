// `halide-lens collect --shapes`: the shapes of our training pipelines (corpus, random) beside those
// of real generators written by others (the realworld group's measured hand schedules, as Halide
// reported them), so the random pipeline generator can be steered toward what real code looks like.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSamples } from '../collect/dataset';
import { isRealworld } from '../collect/realworld';
import { graphShape, shapeTable, type GraphShape } from '../collect/shapes';
import { SampleGraphs } from '../collect/trainingCache';
import { extract } from '../halide/extract';

function staticShapes(dir: string): GraphShape[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.cpp')).sort().flatMap((f) => {
    const g = extract(fs.readFileSync(path.join(dir, f), 'utf8'), { uri: f }).generators[0];
    return g && g.funcs.length ? [graphShape(g)] : [];
  });
}

export function shapesReport(root: string, dataDir: string): string {
  const graphs = new SampleGraphs(root, dataDir);
  const realworld: GraphShape[] = [];
  const seen = new Set<string>();
  for (const s of readSamples(dataDir)) {
    if (!isRealworld(s.pipeline) || s.schedule.source !== 'hand' || seen.has(s.pipeline)) continue;
    seen.add(s.pipeline);
    try {
      realworld.push(graphShape(graphs.graph(s)));
    } catch {
      // a sample without its dump: counted out
    }
  }
  return shapeTable([
    { name: 'corpus', shapes: staticShapes(path.join(root, 'corpus')) },
    { name: 'random', shapes: staticShapes(path.join(root, 'corpus', 'random')) },
    { name: 'realworld', shapes: realworld },
  ]);
}
