// Registers <dvc-config>; importing the class alone (./dvc-config.js) has no side effects.
import { define } from '../shared/define.js';
import { DvcConfigElement } from './dvc-config.js';

define('dvc-config', DvcConfigElement);
export { DvcConfigElement };
