// Types shared by the random pipeline generator's modules: the public result, the C++ value
// types it emits, and the records the builder keeps about each Func for the hand schedule.

export interface RandomPipelineOptions {
  /** Fewest stages (>= 2); default 3. */
  minStages?: number;
  /** Most stages; default 20. */
  maxStages?: number;
  /**
   * How the stage count is drawn between the bounds: uniformly (the default, and what every
   * committed rp_N.cpp was made with), or log-uniformly, whose long tail of 30-120 stage pipelines
   * is what real generators show and uniform 3-20 lacks (`halide-lens collect --shapes`).
   */
  stageDistribution?: 'uniform' | 'log';
}

export interface RandomPipeline {
  /** C++ source of the generator. */
  source: string;
  /** Registered generator name (as given). */
  name: string;
  /** Stages of the pipeline as extract() counts them (Halide's, less its `NAME_im` input wrappers). */
  stages: number;
  /** Kind of each building step, in order (a step makes one or more stages). */
  kinds: string[];
}

export type Ty = 'uint8' | 'uint16' | 'int16' | 'int32' | 'float';

/** A value the pipeline computes: a Func of ours with its dimensions, extents and type. */
export interface Node {
  name: string;
  /** Pure Vars, a subsequence of the domain's (x, y, c, n). */
  dims: string[];
  /** Estimated extent of each dimension. */
  ext: Record<string, number>;
  type: Ty;
  uses: number;
}

export interface UpdateRec {
  /** Pure Vars of the update's left-hand side. */
  pure: string[];
  /** RVars it reduces over (C++ text, e.g. `r_conv3.x`) with their extents. */
  rvars: { name: string; extent: number }[];
}

/** What the schedule needs to know about each of our Funcs. */
export interface FuncRec {
  name: string;
  dims: string[];
  ext: Record<string, number>;
  /** Our Funcs it reads (through Halide's own inline-reduction Funcs too). */
  producers: string[];
  updates: UpdateRec[];
  /**
   * Its updates sweep a whole dimension whatever region is asked for (scans, histograms,
   * reductions): computing it inside a consumer's loop would redo the sweep every iteration.
   */
  global?: boolean;
  /**
   * Read at data-dependent (clamped) points, so any consumer iteration may need all of it:
   * computing it inside a consumer's tile would recompute the whole clamp range per tile.
   */
  gathered?: boolean;
  /**
   * Read at 2 * x by a downsampling consumer. Halide 14 miscompiles some of these when the
   * producer is computed inside the consumer's loops (vector loads assumed aligned that are not:
   * the benchmark segfaults), so such Funcs are computed at root or inlined.
   */
  strided?: boolean;
}

export interface InputRec {
  name: string;
  decl: string;
  estimate: string;
}

export type Domain = 'image2d' | 'image3d' | 'tensor3d' | 'tensor4d';

/** Most elements an upsampling or resampling step may produce, so no intermediate grows without bound. */
export const MAX_ELEMS = 1 << 26;

export type OpName =
  | 'pointwise' | 'activation' | 'binary' | 'cast' | 'conv' | 'stencil' | 'separable' | 'downsample'
  | 'upsample' | 'resample' | 'gather' | 'all_to_all' | 'scan' | 'histogram' | 'lut' | 'reduction'
  | 'boundary' | 'transpose' | 'slice' | 'reindex';
