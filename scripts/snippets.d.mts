export declare function region(text: string, name: string): string | null;
export declare function processGuide(file: string, write?: boolean): string[];
export declare function checkGuides(write?: boolean): string[];
