/** Transparency figures (`GET /v1/stats`): computed by store/stats.ts, for the country, a province or an agency, over a period. */
import { currentStatsYear, provinceByCode, statsPeriodRange } from '@dvc-kit/contract';
import { fieldError } from '../http/field-errors.js';
import type { Module } from '../server.js';
import { findAgency } from '../store/procedures.js';
import { computeStats, type StatsScope } from '../store/stats.js';

export const statsModule: Module = {
  handlers: {
    'stats.get': ({ query, sb, locale }) => {
      const provinceNamed = (code: string) => {
        const found = provinceByCode(code);
        return found ? { code: found.code, name: locale === 'en' ? found.nameEn : found.name } : null;
      };
      let scope: StatsScope = { kind: 'country', name: locale === 'en' ? 'Whole country' : 'Cả nước' };
      if (query.province !== undefined) {
        const province = provinceNamed(query.province);
        if (!province) throw fieldError(locale, [{ path: ['province'], code: 'province.unknown', params: { province: query.province } }]);
        scope = { kind: 'province', ...province };
      } else if (query.agency !== undefined) {
        const agency = findAgency(sb, query.agency);
        if (!agency) throw fieldError(locale, [{ path: ['agency'], code: 'agency.unknown', params: { agency: query.agency } }]);
        scope = { kind: 'agency', code: agency.code, name: agency.name, province: agency.province_code ? provinceNamed(agency.province_code) : null };
      }
      const now = sb.now();
      // The schema has checked the period's form: the range exists.
      const period = statsPeriodRange(query.period ?? currentStatsYear(now))!;
      if (period.start.getTime() > now.getTime()) {
        throw fieldError(locale, [{ path: ['period'], code: 'period.future', params: { period: period.value } }]);
      }
      return computeStats(sb, scope, period);
    },
  },
};
