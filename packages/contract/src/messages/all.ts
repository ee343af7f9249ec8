import { enFields, enProblems, enServerFields } from './en.js';
import type { Locale, Messages } from './types.js';
import { viFields, viProblems, viServerFields } from './vi.js';

/**
 * Every message, field and problem texts together, by language: what servers word problems with. In
 * a module of its own, so a browser bundle, which words field errors only (`fieldMessages`), leaves
 * it out whole: a minifier that drops the pure annotations below cannot keep the problem texts in.
 */
export const messages: Record<Locale, Messages> = {
  vi: /* @__PURE__ */ Object.assign({}, viFields, viServerFields, viProblems),
  en: /* @__PURE__ */ Object.assign({}, enFields, enServerFields, enProblems),
};
