// Registers <dvc-service-detail>; importing the class alone (./dvc-service-detail.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcServiceDetail } from './dvc-service-detail.js';

define('dvc-service-detail', DvcServiceDetail);
export { DvcServiceDetail, type DvcServiceDetailLoadDetail, type StartSubmissionDetail } from './dvc-service-detail.js';
export type { DetailKey } from './dvc-service-detail.strings.js';
