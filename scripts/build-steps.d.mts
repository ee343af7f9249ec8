export interface BuildStep {
  name: string;
  /** Patterns relative to the repository: `*` within a name, `**` any depth. */
  inputs: string[];
  /** Earlier steps whose outputs this one reads. */
  after?: string[];
  /** Files or folders the step writes. */
  outputs: string[];
  /** The program and its arguments; `node` is the Node running the steps. */
  command: string[];
}

export interface RunOptions {
  root?: string;
  stampDir?: string;
  log?: (line: string) => void;
  /** `pipe` keeps the commands' output and adds it to a failure's report. */
  stdio?: 'inherit' | 'pipe';
}

export interface StepResult {
  name: string;
  status: 'fresh' | 'built' | 'failed';
  error?: string;
}

export interface RunResult {
  ok: boolean;
  results: StepResult[];
}

export declare const steps: BuildStep[];
export declare function inputFiles(root: string, step: BuildStep, all: BuildStep[]): string[];
export declare function runSteps(steps: BuildStep[], options?: RunOptions): Promise<RunResult>;
