export function stripSchemaMeta(code: string): string;
export function noSchemaMeta(): { name: string; transform(code: string, id: string): { code: string; map: null } | null };
