// Hog function templates (`/hog_function_templates/`), also nested as `HogFunction.template`.
import type { HogFilters, HogFunctionType, PageParams } from './common';
import type { InputSchemaItem, InputValues } from './inputs';

export type TemplateStatus = 'alpha' | 'beta' | 'stable' | 'deprecated' | 'hidden';

export interface MappingTemplate {
  name: string;
  include_by_default?: boolean;
  use_all_events_by_default?: boolean;
  filters?: HogFilters | null;
  inputs?: InputValues | null;
  inputs_schema?: InputSchemaItem[] | null;
}

/** Fields marked optional are missing from older PostHog versions or from some templates. */
export interface HogFunctionTemplate {
  /** e.g. "template-webhook". */
  id: string;
  name: string;
  description: string | null;
  code: string;
  code_language?: 'hog' | 'javascript';
  inputs_schema: InputSchemaItem[];
  type: HogFunctionType;
  status: TemplateStatus;
  category: string[];
  free?: boolean;
  icon_url?: string | null;
  filters?: HogFilters | null;
  masking?: Record<string, unknown> | null;
  mapping_templates?: MappingTemplate[] | null;
}

export interface TemplateListParams extends PageParams {
  /** One type. PostHog defaults to `destination` when neither `type` nor `types` is given. */
  type?: HogFunctionType;
  /** Several types (sent comma-separated). */
  types?: readonly HogFunctionType[];
  template_id?: string;
  /** Free-text filter. Not in the API reference: servers that do not know it ignore it. */
  search?: string;
}
