/**
 * The descriptions of the stats schemas (./stats.ts): how each figure is computed. They are written
 * into zod's global registry here, by `describeStats()`, which only the OpenAPI generation calls, so
 * browsers that load the schemas do not load these paragraphs.
 */
import * as z from 'zod/mini';
import {
  qualityIndex, qualityIndexGroupScore, qualityIndexPartScore, stats, statsAgencyRow, statsDossiers, statsMeasures, statsMonth,
  statsPeriodInfo, statsPetitions, statsQuery, statsRatings, statsScope,
} from './stats.js';

type Meta = { description: string; example?: unknown };
const describe = (schema: z.ZodMiniType, description: string, example?: unknown) => {
  const meta: Meta = example === undefined ? { description } : { description, example };
  z.globalRegistry.remove(schema).add(schema, meta);
};

let done = false;

/** Writes the descriptions (once). */
export function describeStats(): void {
  if (done) return;
  done = true;
  const q = statsQuery.shape;
  describe(q.province, "A province's two-digit code: its figures (its agencies' dossiers, petitions and local procedures)", '46');
  describe(q.agency, "An agency's code: its figures (not with province)", '000.00.01.H56');
  describe(q.period,
    "A month (2026-11), a quarter (2026-Q4) or a year (2026) in Vietnam's time (UTC+7); the current year when omitted. "
      + 'A period that has not begun is refused (period.future), a malformed one too (period.format)', '2026-Q4');

  const s = stats.shape;
  describe(stats,
    'Transparency figures as Decision 766/QĐ-TTg (2022) computes the service-quality index. Every measure is a share '
      + '{ numerator, denominator, rate }: rate is null when the denominator is 0 (no data), and such a part scores nothing');
  describe(statsScope, 'Whose figures: the whole country, a province or an agency');
  describe(statsScope.shape.code, 'The province or agency code; null for the whole country');
  describe(statsScope.shape.province, "The province (an agency's own); null for the country or a central agency");
  describe(statsPeriodInfo.shape.start, 'The first instant of the period (00:00 of its first day in Vietnam)');
  describe(statsPeriodInfo.shape.end, 'The last instant of the period (23:59:59.999 of its last day in Vietnam)');
  describe(statsPeriodInfo.shape.judgedAt,
    'When unfinished dossiers and unanswered petitions are judged: the end of the period, or now for a period not yet over');
  describe(s.services, 'Active procedures in scope (the national catalogue, a province\'s local instances, an agency\'s), and those offered online');
  describe(s.payments, 'Payments taken on the portal in the period (succeeded), and their amount in VND');

  const d = statsDossiers.shape;
  describe(d.received, 'Dossiers submitted in the period (on the portal, or registered in a one-stop system and synced)');
  describe(d.finished, 'Dossiers finished in the period: the first of Đã xử lý xong, Đã trả kết quả, Dừng xử lý or refused (a synced record: its end date); withdrawn ones are not finished');
  describe(d.finishedOnTime, 'Finished in the period by their due date, the applicant\'s supplement time added, with at most one supplement request');
  describe(d.finishedLate, 'Finished in the period after their due date (supplement time added), or after a second supplement request');
  describe(d.overdue, 'Unfinished when judged, past their due date (supplement time added), or asked twice to supplement');
  describe(d.pending, 'Unfinished when judged, within their due date or without one (not judged)');
  describe(d.byStatus, 'Dossiers submitted in the period by their status now, codes 1–10 (dossierStatusInfo), in order');

  const p = statsPetitions.shape;
  describe(p.received, 'Petitions sent in the period');
  describe(p.answered, 'Petitions answered in the period');
  describe(p.answeredOnTime, 'Answered in the period by their due date (10 working days from sending)');
  describe(p.overdue, 'Unanswered when judged, past their due date');

  describe(statsRatings, "Citizens' ratings of the period's dossiers in scope (rated in the period): counts per level, never comments");
  describe(statsRatings.shape.levels, 'Levels 5 Rất hài lòng, 4 Hài lòng, 3 Bình thường, 2 Không hài lòng, 1 Rất không hài lòng; rate = count ÷ total, null without ratings');
  describe(statsRatings.shape.dislikes, 'Ratings of 1 or 2 over all ratings');

  const m = statsMeasures.shape;
  describe(m.progressPublished,
    'Public disclosure: dossiers submitted in the period whose progress the portal publishes (at least one progress entry), over those dossiers');
  describe(m.onTime,
    'On time: dossiers finished in the period by their due date, the applicant\'s supplement time (request → sent) added to it, over the '
      + 'dossiers judged: those finished in the period and those unfinished when judged (the end of the period, or now) whose due date has '
      + 'passed. A second supplement request makes a dossier overdue; dossiers without a due date, unfinished ones within it and withdrawn '
      + 'ones are not judged');
  describe(m.onlineProcedures, 'Active procedures in scope offered online (fully or partly) over the active procedures in scope; full points from 80 %');
  describe(m.onlineDossiers, 'Dossiers submitted in the period through the online channel over all submitted in it; full points from 50 %');
  describe(m.onlinePayments,
    'Dossiers submitted in the period that owe fees (fee-free procedures are left out) paid online — a payment on the portal, or a synced '
      + "payment made on the portal or a ministry's or province's gateway, not at the desk — over those dossiers");
  describe(m.digitised, 'Dossiers submitted in the period with digital documents (files uploaded, or a synced result with an electronic copy), over those dossiers');
  describe(m.satisfaction,
    'Procedure satisfaction = 100 % − (overdue % + % of the period\'s ratings that disliked, 1 or 2), at least 0, where overdue % = 1 − '
      + 'onTime.rate; numerator and denominator in basis points (of 10,000). No ratings in the period: no data (null), 0 points. Full points from 90 %');
  describe(m.petitionsOnTime,
    'Petitions answered by their due date (10 working days) among those answered in the period and those unanswered past their due date when judged');

  describe(qualityIndex,
    'The index: five groups, disclosure 18, progress 20, onlineService 22, digitisation 22, satisfaction 18 (Decision 766), out of 100. '
      + 'disclosure = progressPublished; progress = onTime; onlineService = onlineProcedures 6 + onlineDossiers 8 + onlinePayments 8; '
      + 'digitisation = digitised; satisfaction = satisfaction 12 + petitionsOnTime 6 (the split within a group is DVC Kit\'s: qualityIndexWeights)');
  describe(qualityIndex.shape.total, "The sum of the groups' points, out of 100");
  describe(qualityIndex.shape.measuredMax, 'The maximum of the parts that have data: what the total is really out of');
  describe(qualityIndexGroupScore.shape.points, "The sum of its parts' points (one decimal)");
  describe(qualityIndexGroupScore.shape.measuredMax, 'The maximum of its parts that have data');
  describe(qualityIndexPartScore.shape.fullAt, 'The rate from which the part scores its maximum');
  describe(qualityIndexPartScore.shape.rate, "The part's rate (its measure's); null: no data, 0 points");
  describe(qualityIndexPartScore.shape.points, 'max × min(1, rate ÷ fullAt), one decimal; 0 when rate is null');

  describe(s.monthly, 'The 12 months ending with the last month of the period, oldest first, each judged at its own end (or now)');
  describe(statsMonth.shape.month, 'yyyy-MM, Vietnam time', '2026-11');
  describe(statsMonth.shape.onTime, 'As measures.onTime, for the month');
  describe(statsMonth.shape.online, 'As measures.onlineDossiers, for the month');
  describe(s.agencies, 'Agencies with dossiers in the period, most received first, then by code');
  describe(statsAgencyRow.shape.received, 'Dossiers submitted in the period');
  describe(statsAgencyRow.shape.finished, 'Dossiers finished in the period');
  describe(statsAgencyRow.shape.onTime, 'As measures.onTime, for the agency');
  describe(statsAgencyRow.shape.online, 'As measures.onlineDossiers, for the agency');
}
