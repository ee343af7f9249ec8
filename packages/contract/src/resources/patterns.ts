// The identifier patterns, in a module of their own without schemas: code that only matches or
// explains an identifier (error messages, a widget's field check) keeps no resource's schemas.

/**
 * A dossier code in either shape the one-stop systems give: `{agency code}-{yyMMdd}-{NNNN…}` (4 digits
 * or more: `000.00.01.H56-210531-0001`, `H56.14-240823-0001`), or VNPT iGate's
 * `{agency code}-{yyyyMMdd}-{NNNNNNN}` (7 digits: `G09.20-20260609-0092637`).
 */
export const dossierCodePattern = /^[0-9A-Z]+(?:\.[0-9A-Z]+)*-(?:\d{6}-\d{4,}|\d{8}-\d{7})$/;

/**
 * National code `N.NNNNNN`, optionally followed by a local instance suffix
 * (`1.003560.000.00.00.H56`, `2.002621.H56`).
 */
export const procedureCodePattern = /^[1-9]\.\d{6}(?:\.[0-9A-Z]{1,6}){0,5}$/;

/** A petition's tracking code: `PAKN-yyMMdd-NNNNN`. */
export const petitionCodePattern = /^PAKN-\d{6}-\d{5}$/;

/** A full http(s) URL. A pattern rather than `z.url()` (1.8 kB less in browsers); its message is `url.format`. */
export const httpUrlPattern = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;
