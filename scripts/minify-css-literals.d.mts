export function minifyCssLiterals(): {
  name: string;
  transform(code: string, id: string): Promise<{ code: string; map: unknown } | null>;
};
