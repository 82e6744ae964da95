import type { Page } from 'playwright-core';
import type { AxeResult } from './axe.ts';
import type { TestHost, TestHostOptions } from '../host/serve.ts';

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

export type Spec = {
  name: string;
  timeoutMs?: number;
  /** How this spec's host differs from the default one (e.g. `keychain: null`: a computer without a keychain). */
  host?: Pick<TestHostOptions, 'keychain'>;
  run(context: SpecContext): Promise<void>;
};
