/** Message keys of field errors (what a form shows beside a field). */
export type FieldMessageKey =
  | 'required' | 'invalid_type' | 'too_short' | 'too_long' | 'too_small' | 'too_big'
  | 'too_few_items' | 'too_many_items' | 'invalid_value' | 'invalid_format' | 'unrecognized_keys'
  | 'invalid_input'
  | 'cccd.format' | 'cccd.province' | 'cccd.birth_year' | 'cmnd.format'
  | 'mst.format' | 'mst.checksum' | 'mst.branch'
  | 'phone.format' | 'phone.prefix' | 'email.format'
  | 'dossier_code.format' | 'procedure_code.format' | 'procedure_code.unknown' | 'url.format' | 'url.credentials' | 'url.not_public' | 'url.port' | 'return_url.origin'
  | 'applicant.id_for_type'
  | 'province.required_for_local' | 'province.unknown' | 'attachment.not_found'
  | 'number.format' | 'date.format' | 'date.not_future' | 'date.not_past'
  | 'commune.format' | 'commune.unknown' | 'commune.required'
  | 'document.required' | 'document.unknown' | 'document.type' | 'document.same_file' | 'choice.required'
  | 'file.missing' | 'file.empty' | 'file.too_large' | 'file.type'
  | 'applicant.not_account_holder' | 'applicant.birth_date_not_account' | 'applicant.name_not_account'
  | 'period.format' | 'stats.one_scope';

/**
 * Field error codes that only servers give (a synced record's agency and version): worded by
 * `messages`, which servers use, and left out of `fieldMessages`, which browsers load.
 */
export type ServerFieldMessageKey = 'sync.agency_not_allowed' | 'sync.version_conflict' | 'period.future' | 'agency.unknown';

/** Every message key DVC Kit knows; `vi` defines the set, `en` must match it. */
export type MessageKey = FieldMessageKey | ServerFieldMessageKey | `problem.${ProblemCode}`;

/** Machine-readable codes of whole-request errors (`code` of a problem document). */
export type ProblemCode =
  | 'validation_failed' | 'invalid_json' | 'unsupported_media_type' | 'payload_too_large'
  | 'bad_request' | 'request_timeout' | 'headers_too_large'
  | 'unauthorized' | 'invalid_key' | 'forbidden_scope' | 'secret_key_in_browser' | 'origin_not_allowed'
  | 'no_agencies' | 'agency_not_allowed'
  | 'rate_limited' | 'too_many_failed_auth' | 'too_many_failed_lookups' | 'lookup_locked' | 'verifier_locked'
  | 'route_not_found' | 'method_not_allowed'
  | 'service_not_found' | 'service_not_online' | 'province_not_found' | 'dossier_not_found' | 'petition_not_found'
  | 'payment_not_found' | 'webhook_not_found' | 'attachment_not_found'
  | 'idempotency_key_reused' | 'idempotency_key_in_use' | 'invalid_transition' | 'not_withdrawable'
  | 'supplement_not_requested' | 'dossier_closed' | 'nothing_to_pay' | 'already_paid' | 'payment_closed'
  | 'receipt_not_ready' | 'petition_already_answered'
  | 'file_missing' | 'file_too_large' | 'file_empty' | 'file_type_not_allowed' | 'file_content_mismatch'
  | 'upload_quota_exceeded' | 'upload_storage_full'
  | 'service_unavailable' | 'internal_error'
  | 'account_needs_secret_key' | 'identity_level_too_low' | 'account_token_missing' | 'account_token_invalid' | 'account_token_expired' | 'account_scope_missing' | 'account_token_in_browser'
  | 'account_client_not_allowed'
  | 'dossier_not_finished' | 'dossier_withdrawn_not_ratable' | 'account_dossier_not_found'
  | 'draft_not_found' | 'draft_too_large' | 'too_many_drafts'
  | 'cursor_expired' | 'sync_dossier_not_found' | 'dossier_not_synced' | 'stale_version' | 'dossier_has_payments';

export type Messages = Record<MessageKey, string>;
export type FieldMessages = Record<FieldMessageKey, string>;
export type ServerFieldMessages = Record<ServerFieldMessageKey, string>;
export type ProblemMessages = Record<`problem.${ProblemCode}`, string>;
export type Locale = 'vi' | 'en';
