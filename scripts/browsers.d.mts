export declare const chromiumPath: string;
export declare const firefoxPath: string;
