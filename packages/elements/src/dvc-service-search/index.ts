// Registers <dvc-service-search>; importing the class alone (./dvc-service-search.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcServiceSearch } from './dvc-service-search.js';

define('dvc-service-search', DvcServiceSearch);
export { DvcServiceSearch, type ServiceSelectDetail } from './dvc-service-search.js';
export type { SearchKey } from './dvc-service-search.strings.js';
