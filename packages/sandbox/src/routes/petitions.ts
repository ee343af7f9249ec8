/**
 * Petitions (phản ánh, kiến nghị — PAKN): submission with a tracking code, the sender's view (proved
 * by phone number), the public list of answered and publishable petitions, and the agency's answer.
 * Storage is store/petitions.ts, the simulated agency simulate/petition-answers.ts, the seeded past
 * petitions seed/petitions.ts.
 */
import { petitionCategoryLabels, provinceByCode, type PetitionCategory } from '@dvc-kit/contract';
import { ApiError } from '../errors.js';
import { fieldError } from '../http/field-errors.js';
import type { Module } from '../server.js';
import { answerDuePetitions } from '../simulate/petition-answers.js';
import {
  answerPetition, DEFAULT_AGENCY, DEFAULT_OFFICER, findPetition, findPetitionForVerifier, listPublicPetitions, petitionOwner,
  procedureAgency, submitPetition, toPetition,
} from '../store/petitions.js';
import { procedureExists } from '../store/procedures.js';
import { actsFor, requireAgencies } from '../store/tenants.js';
import { decodeCursor } from '../util/cursor.js';

export const petitionsModule: Module = {
  handlers: {
    'petitions.submit': ({ body, key, sb, locale }) => {
      if (body.serviceCode && !procedureExists(sb, body.serviceCode)) {
        throw fieldError(locale, [{ path: ['serviceCode'], code: 'procedure_code.unknown', params: { code: body.serviceCode } }]);
      }
      return toPetition(submitPetition(sb, body, key!.key));
    },

    'petitions.get': ({ params, headers, sb, client }) =>
      toPetition(findPetitionForVerifier(sb, params.code, headers['dvc-verifier'], client)),

    'petitions.list': ({ query, sb, locale }) => {
      const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
      if (query.cursor !== undefined && !after) throw fieldError(locale, [{ path: ['cursor'], code: 'invalid_format' }]);
      if (query.province !== undefined && !provinceByCode(query.province)) {
        throw fieldError(locale, [{ path: ['province'], code: 'province.unknown', params: { province: query.province } }]);
      }
      return listPublicPetitions(sb, query, after);
    },

    'petitions.categories': ({ locale }) => ({
      data: (Object.keys(petitionCategoryLabels) as PetitionCategory[]).map((code) => ({
        code,
        name: petitionCategoryLabels[code][locale],
      })),
    }),

    'admin.petitions.answer': ({ params, body, key, sb }) => {
      requireAgencies(key!);
      const row = findPetition(sb, params.code);
      // A petition code does not name its agency: another agency's petition is answered as unknown,
      // so a key cannot learn which petitions exist elsewhere.
      if (!row || !actsFor(key!, petitionOwner(row).agency)) throw new ApiError(404, 'petition_not_found');
      if (row.status === 'answered') throw new ApiError(409, 'petition_already_answered', { code: row.code });
      const agency = body.agency ?? procedureAgency(sb, row.service_code)?.agency ?? DEFAULT_AGENCY;
      return toPetition(answerPetition(sb, row.code, { text: body.text, agency, officer: body.officer ?? DEFAULT_OFFICER }));
    },
  },
  tick: answerDuePetitions,
};
