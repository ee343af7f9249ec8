// Registers <dvc-portal-stats>; importing the class alone (./dvc-portal-stats.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcPortalStats } from './dvc-portal-stats.js';

define('dvc-portal-stats', DvcPortalStats);
export { DvcPortalStats };
export type { DvcPortalStatsLoadDetail } from './dvc-portal-stats.js';
export type { PortalStatsKey } from './dvc-portal-stats.strings.js';
