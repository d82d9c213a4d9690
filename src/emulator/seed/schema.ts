// Shorthand for inputs_schema items in seed data.
import type { InputSchemaItem } from '../model';

export function input(key: string, type: string, label: string, extra: Partial<InputSchemaItem> = {}): InputSchemaItem {
  return { key, type, label, secret: false, required: false, hidden: false, ...extra };
}
