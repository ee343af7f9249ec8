import { audienceLabels, levelLabels, onlineLevelLabels } from '@dvc-kit/sdk/contract';
import type { Audience, Level, OnlineLevel } from '@dvc-kit/sdk';
import { setUrlParams, urlParams } from '../shared/url-state.js';

// What the search box shows (text, filters, page) and how it lives in the page's URL (`url-state`).

/** The result-list filters; an empty string means "all". `province` is the visitor's choice (not the attribute). */
export interface Filters {
  sector: string;
  level: Level | '';
  audience: Audience | '';
  onlineLevel: OnlineLevel | '';
  agency: string;
  province: string;
}
export type FilterName = keyof Filters;
/** What the results show: text, filters and page. */
export interface Shown {
  q: string;
  filters: Filters;
  page: number;
}

/** URL parameters are `tt-` (thủ tục) + `q`, `page` or a filter's attribute name: `tt-q`, `tt-online-level`… */
export const URL_PREFIX = 'tt-';
export const FILTER_NAMES = ['sector', 'level', 'audience', 'onlineLevel', 'agency', 'province'] as const satisfies readonly FilterName[];
export const urlName = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const MAX_PAGE = 500;
export const SUGGEST_DELAY_MS = 250;
export const ANNOUNCE_DELAY_MS = 700;
export const MIN_SUGGEST_CHARS = 2;

/** The search the URL names (`tt-q` present), its values checked as the API would. */
export function shownFromUrl(offersProvince: boolean): Shown | undefined {
  const params = urlParams(URL_PREFIX);
  if (!params.has('q')) return undefined;
  const get = (name: string, max = 60) => (params.get(urlName(name)) ?? '').trim().slice(0, max);
  const known = (name: string, labels: object) => (Object.hasOwn(labels, get(name)) ? get(name) : '');
  const filters = {
    sector: get('sector', 40),
    level: known('level', levelLabels),
    audience: known('audience', audienceLabels),
    onlineLevel: known('onlineLevel', onlineLevelLabels),
    agency: get('agency'),
    province: /^\d{2}$/.test(get('province')) && offersProvince ? get('province') : '',
  } as Filters;
  return { q: get('q', 200), filters, page: clamp(Number(get('page')) || 1, 1, MAX_PAGE, 1) };
}


/** Writes what is shown into the URL: a new history entry (`push`) or in place. */
export function writeShown({ q, filters, page }: Shown, push: boolean): void {
  const params: Record<string, string> = { q };
  for (const name of FILTER_NAMES) if (filters[name]) params[urlName(name)] = filters[name];
  if (page > 1) params.page = String(page);
  setUrlParams(URL_PREFIX, params, push);
}

export function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : fallback;
}

