// The shape of function seeds, and shorthand for their inputs_schema items.
import type { JsonValue } from '../json';
import type { HealthState, HogFunctionType, InputSchemaItem } from '../model';

export function input(key: string, type: string, label: string, extra: Partial<InputSchemaItem> = {}): InputSchemaItem {
  return { key, type, label, secret: false, required: false, hidden: false, ...extra };
}
/** One seeded Hog function, in terms that read well in seed data. */
export interface FunctionSeed {
  id: string;
  projectId?: number;
  type: HogFunctionType;
  name: string;
  description: string;
  hog: string;
  schema: InputSchemaItem[];
  /** Plain input values; secrets in clear (the serializer masks them). */
  values: Record<string, JsonValue>;
  enabled: boolean;
  health?: HealthState;
  executionOrder?: number;
  templateId?: string;
  iconUrl: string;
  events?: string[];
  createdDaysAgo: number;
  updatedHoursAgo: number;
  version: number;
  deleted?: boolean;
}
