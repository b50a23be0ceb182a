// Every custom request and notification between client and server, in one place (both sides import it).
import type { StageGraph } from '../halide/graph';

export const STAGE_GRAPH_METHOD = 'halideLens/stageGraph';
export interface StageGraphParams { uri: string }
export type StageGraphResult = StageGraph | null;
