import type { Page } from 'playwright-core';
import type { AxeResult } from './axe.ts';
import type { TestHost } from '../host/serve.ts';

export type SpecContext = {
  page: Page;
  host: TestHost;
  filesDir: string;
  dataDir: string;
  /** Saves .tmp/screens/<name>.png. */
  screenshot(name: string): Promise<void>;
  /** Runs axe-core; serious or critical violations fail the spec (checked after it ends). */
  axe(label: string): Promise<AxeResult>;
  /** A step name for the log (and the failure message). */
  step(name: string): void;
};

export type Spec = { name: string; timeoutMs?: number; run(context: SpecContext): Promise<void> };
