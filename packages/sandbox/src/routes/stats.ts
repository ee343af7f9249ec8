/** Transparency figures (`GET /v1/stats`): computed by store/stats.ts, nationally or for one province. */
import { provinceByCode } from '@dvc-kit/contract';
import { fieldError } from '../http/field-errors.js';
import type { Module } from '../server.js';
import { computeStats } from '../store/stats.js';

export const statsModule: Module = {
  handlers: {
    'stats.get': ({ query, sb, locale }) => {
      let province: { code: string; name: string } | null = null;
      if (query.province !== undefined) {
        const found = provinceByCode(query.province);
        if (!found) {
          throw fieldError(locale, [{ path: ['province'], code: 'province.unknown', params: { province: query.province } }]);
        }
        province = { code: found.code, name: locale === 'en' ? found.nameEn : found.name };
      }
      return computeStats(sb, province);
    },
  },
};
