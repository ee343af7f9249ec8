import type { RunningSandbox } from '@dvc-kit/sandbox';
import type { Browser } from 'puppeteer-core';

export const cdnDir: string;
export interface CdnSite {
  url: string;
  sandbox: RunningSandbox;
  browser: Browser;
  page(name: string, options: { lang?: 'vi' | 'en'; script: string; body: string }): Promise<string>;
  close(): Promise<void>;
}
export function openCdnSite(extra?: { path: string; dir: string }[]): Promise<CdnSite>;
