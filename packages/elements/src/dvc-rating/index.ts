// Registers <dvc-rating>; importing the class alone (./dvc-rating.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcRating } from './dvc-rating.js';

define('dvc-rating', DvcRating);
export { DvcRating };
export type { DvcRatingSentDetail } from './dvc-rating.js';
export type { RatingKey } from './dvc-rating.strings.js';
