// The form engine every DVC Kit form composes (see each module's header for its API):
// field.ts (the field template), summary.ts (the error summary), announce.ts (focus and the live
// region), validate.ts (the contract's checks and the server's field errors as one `FieldErrors`),
// submit.ts (the idempotent submit), ../draft.ts (the draft controller), uploads.ts (file slots),
// places.ts (communes), eform.ts (declaration forms), strings.ts (texts), styles.ts (styles).
export * from './field.js';
export * from './summary.js';
export * from './announce.js';
export * from './validate.js';
export * from './submit.js';
export * from './uploads.js';
export * from './places.js';
export * from './eform.js';
export * from './strings.js';
export { formStyles } from './styles.js';
export { DraftController, draftStorageOf, type Draft, type DraftStorage } from '../draft.js';
