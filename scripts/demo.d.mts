import type { StaticSite } from '@dvc-kit/sandbox';

export declare const examplesCsp: string;
export declare const demoSites: StaticSite[];
export declare const demoPages: [name: string, path: string][];
export declare function demoLogin(): { routes: import('@dvc-kit/sandbox').HostRoute[]; attach(url: string): Promise<void> };
