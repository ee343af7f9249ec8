export declare function checkLinks(siteDir: string): { pages: number; links: number; broken: string[] };
