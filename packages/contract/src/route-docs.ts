import type { RouteId } from './routes.js';

/** What the OpenAPI document says about a route besides its schemas (kept out of browser bundles). */
export interface RouteDoc {
  summary: string;
  tag: 'Services' | 'Dossiers' | 'Attachments' | 'Payments' | 'Petitions' | 'Stats' | 'Webhooks' | 'Admin' | 'Account' | 'Sync' | 'System';
  /** Statuses besides the common ones (400, 401, 403, 429, 500, 503) this route may answer. */
  errors: readonly number[];
}

/** The documentation of every route; the type makes a missing route a compile error. */
export const routeDocs: Record<RouteId, RouteDoc> = {
  health: {
    tag: 'System', errors: [],
    summary: 'Liveness check',
  },
  'services.search': {
    tag: 'Services', errors: [],
    summary: 'Search procedures as citizens type (no diacritics, synonyms, abbreviations, prefixes, one typo); national records once with their local copies folded; filters, facets, pages',
  },
  'services.get': {
    tag: 'Services', errors: [404],
    summary: 'A procedure in full; an old code answers with the procedure that replaced it',
  },
  'services.sectors': {
    tag: 'Services', errors: [],
    summary: 'Sectors (lĩnh vực)',
  },
  'services.agencies': {
    tag: 'Services', errors: [],
    summary: 'Implementing agencies',
  },
  'places.communes': {
    tag: 'Services', errors: [404],
    summary: 'Communes and wards of a province',
  },
  'attachments.upload': {
    tag: 'Attachments', errors: [413, 415],
    summary: 'Upload a file (multipart field "file"; PDF, JPEG, PNG, DOCX, XLSX; ≤ 10 MB)',
  },
  'dossiers.submit': {
    tag: 'Dossiers', errors: [404, 409, 422],
    summary: 'Submit a dossier; with Dvc-Account (a logged-in citizen\'s access token, from a server) it is tied to that account',
  },
  'dossiers.get': {
    tag: 'Dossiers', errors: [404],
    summary: "A dossier with its history; needs the applicant's phone as Dvc-Verifier",
  },
  'dossiers.events': {
    tag: 'Dossiers', errors: [404],
    summary: 'Server-Sent Events of status changes (event "status"; honours Last-Event-ID)',
  },
  'dossiers.supplement': {
    tag: 'Dossiers', errors: [404, 409],
    summary: 'Send the supplement the agency asked for',
  },
  'dossiers.withdraw': {
    tag: 'Dossiers', errors: [404, 409],
    summary: 'Withdraw a dossier that has no result yet',
  },
  'dossiers.rating': {
    tag: 'Dossiers', errors: [404],
    summary: "The dossier's rating by its applicant (code and phone): whether it may be rated now, and the rating given",
  },
  'dossiers.rate': {
    tag: 'Dossiers', errors: [404, 409],
    summary: 'Rate a finished dossier (done, not accepted or stopped): overall 1–5, optional criteria and comment; one rating per dossier, a new one replaces it',
  },
  'payments.create': {
    tag: 'Payments', errors: [404, 409],
    summary: "Start paying a dossier's fees; redirect the citizen to checkoutUrl",
  },
  'payments.get': {
    tag: 'Payments', errors: [404],
    summary: 'A payment and its state',
  },
  'payments.receipt': {
    tag: 'Payments', errors: [404, 409],
    summary: 'The electronic receipt of a succeeded payment',
  },
  'petitions.submit': {
    tag: 'Petitions', errors: [409],
    summary: 'Send a petition (phản ánh, kiến nghị); answers with its tracking code',
  },
  'petitions.list': {
    tag: 'Petitions', errors: [],
    summary: 'Answered petitions marked publishable, newest answer first',
  },
  'petitions.categories': {
    tag: 'Petitions', errors: [],
    summary: 'Petition categories',
  },
  'petitions.get': {
    tag: 'Petitions', errors: [404],
    summary: "A petition and its answer; needs the sender's phone as Dvc-Verifier",
  },
  'stats.get': {
    tag: 'Stats', errors: [],
    summary: 'Transparency figures as Decision 766 computes them: the country, a province or an agency, by month, quarter or year',
  },
  'webhooks.create': {
    tag: 'Webhooks', errors: [409],
    summary: 'Register a URL for signed event deliveries; the secret is returned once',
  },
  'webhooks.list': {
    tag: 'Webhooks', errors: [],
    summary: "This key's webhooks",
  },
  'webhooks.delete': {
    tag: 'Webhooks', errors: [404],
    summary: 'Remove a webhook',
  },
  'webhooks.rotateSecret': {
    tag: 'Webhooks', errors: [404, 409],
    summary: 'Give a webhook a new signing secret, returned once; the previous one also signs deliveries for 24 h',
  },
  'admin.dossiers.status': {
    tag: 'Admin', errors: [404, 409],
    summary: 'Move a dossier (to a given status, or the next on the usual path) as the agency would',
  },
  'admin.petitions.answer': {
    tag: 'Admin', errors: [404, 409],
    summary: 'Answer a petition as the agency would',
  },
  'account.get': {
    tag: 'Account', errors: [],
    summary: 'The logged-in account (an access token of the identity provider): who it is, with the data its scopes release',
  },
  'account.dossiers': {
    tag: 'Account', errors: [],
    summary: "The account's dossiers, newest first: submitted while logged in, or whose applicant has its CCCD or tax code (needs scopes vn_dossiers and vn_identity)",
  },
  'account.drafts.list': {
    tag: 'Account', errors: [],
    summary: "The account's drafts saved by this site (without their data), last saved first (needs scope vn_dossiers)",
  },
  'account.drafts.get': {
    tag: 'Account', errors: [404],
    summary: 'A draft of the account saved by this site, to continue on any device (needs scope vn_dossiers)',
  },
  'account.rating': {
    tag: 'Account', errors: [404],
    summary: "One of the account's dossiers' rating: whether it may be rated now, and the rating given (needs scopes vn_dossiers and vn_identity)",
  },
  'account.rate': {
    tag: 'Account', errors: [404, 409],
    summary: "Rate one of the account's finished dossiers; a new rating replaces the old (needs scopes vn_dossiers and vn_identity)",
  },
  'account.drafts.put': {
    tag: 'Account', errors: [409, 413],
    summary: 'Save a draft (at most 64 KiB of JSON, 20 drafts per account and site); the last save wins (needs scope vn_dossiers)',
  },
  'account.drafts.delete': {
    tag: 'Account', errors: [404],
    summary: 'Delete a draft (after submitting it, or to start again; needs scope vn_dossiers)',
  },
  'sync.push': {
    tag: 'Sync', errors: [409, 413],
    summary: "Upsert up to 1,000 dossier records of a one-stop system, each keyed by its code with its version, for the key's agencies; "
      + 'one result per record (created, updated, unchanged, stale, invalid); a body of up to 16 MiB',
  },
  'sync.delete': {
    tag: 'Sync', errors: [404, 409],
    summary: 'Remove a dossier the one-stop system synced (a tombstone in the change feed)',
  },
  'sync.changes': {
    tag: 'Sync', errors: [410],
    summary: "Every change of the key's agencies' dossiers in commit order (synced or made on the portal), by an opaque cursor; "
      + '410 cursor_expired past the retained window',
  },
};
