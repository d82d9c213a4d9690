// Input schemas and input values of Hog functions and of flow function steps.

export type InputType =
  | 'string' | 'number' | 'boolean' | 'dictionary' | 'choice' | 'json'
  | 'integration' | 'integration_multi' | 'integration_field'
  | 'email' | 'native_email'
  | 'posthog_assignee' | 'posthog_ticket_tags' | 'posthog_business_hours'
  | 'non_failure_status_codes'
  | 'customer_analytics_account_properties' | 'customer_analytics_account_relationships'
  | 'task_model' | 'task_repository' | 'task_mcp_installations';

export interface InputSchemaItem {
  key: string;
  type: InputType;
  label?: string;
  description?: string;
  required?: boolean;
  default?: unknown;
  secret?: boolean;
  hidden?: boolean;
  choices?: { label: string; value: unknown; [key: string]: unknown }[];
  searchable?: boolean;
  templating?: boolean | 'hog' | 'liquid';
  integration?: string;
  integration_key?: string;
  integration_field?: string;
  requires_field?: string;
  requiredScopes?: string;
  [key: string]: unknown;
}

/** A stored secret is returned as this marker; send it back unchanged to keep the secret. */
export interface SecretMarker {
  secret: true;
  value?: string;
}

export interface PlainInputValue {
  value: unknown;
  templating?: 'hog' | 'liquid';
  /** Read-only, compiled by the server. */
  bytecode?: unknown;
  /** Read-only, site_* types. */
  transpiled?: unknown;
  /** Read-only, evaluation order between inputs. */
  order?: number;
}

export type InputValue = PlainInputValue | SecretMarker;

export type InputValues = Record<string, InputValue>;

export function isSecretMarker(value: InputValue | undefined): value is SecretMarker {
  return typeof value === 'object' && value !== null && (value as { secret?: unknown }).secret === true;
}
