// Wire shapes of a HogFunction: the minimal form lists return and the full form of a retrieve or a write.
import { compiledHog } from './hogBytecode';
import { serializeFunctionContent } from './functionContent';
import { serializeInputs } from './hogFunctionInputs';
import type { JsonObject, JsonValue } from './json';
import { isSiteType, type StoredHogFunction } from './model';
import { findTemplate } from './templates';

const TOKENS_BY_HEALTH: Record<number, number> = { 0: 10000, 1: 10000, 2: 4200, 3: 0, 11: 2000, 12: 0 };

export function functionStatus(f: StoredHogFunction): JsonObject {
  if (!f.enabled) return { state: 0, tokens: 0 };
  return { state: f.health, tokens: TOKENS_BY_HEALTH[f.health] ?? 0 };
}

/** The function's bytecode, as PostHog's compiler gives it; null for site functions (TypeScript). */
export function programBytecode(f: StoredHogFunction): JsonValue {
  return isSiteType(f.type) ? null : compiledHog(f.hog);
}

function transpiled(f: StoredHogFunction): string | null {
  return isSiteType(f.type) ? `// Transpiled by the local PostHog emulator (not real output)\n${f.hog}` : null;
}

function templateOf(f: StoredHogFunction): JsonValue {
  return (f.templateId && findTemplate(f.templateId)) || null;
}

/** The fields both forms open with, in PostHog's order. */
function leadingFields(f: StoredHogFunction): JsonObject {
  return {
    id: f.id,
    type: f.type,
    name: f.name,
    description: f.description,
    created_at: f.createdAt,
    created_by: f.createdBy,
    updated_at: f.updatedAt,
    enabled: f.enabled,
    hog: f.hog,
  };
}

export function serializeMinimal(f: StoredHogFunction): JsonObject {
  return structuredClone({
    ...leadingFields(f),
    filters: f.filters,
    icon_url: f.iconUrl,
    template: templateOf(f),
    status: functionStatus(f),
    execution_order: f.executionOrder,
    search_match_type: null,
    draft_updated_at: f.draftUpdatedAt,
  });
}

export function serializeFull(f: StoredHogFunction): JsonObject {
  return structuredClone({
    ...leadingFields(f),
    bytecode: programBytecode(f),
    transpiled: transpiled(f),
    inputs_schema: f.inputsSchema,
    inputs: serializeInputs(f.inputsSchema, f.inputs, f.type),
    filters: f.filters,
    masking: f.masking,
    mappings: f.mappings,
    icon_url: f.iconUrl,
    template: templateOf(f),
    status: functionStatus(f),
    execution_order: f.executionOrder,
    batch_export_id: null,
    search_match_type: null,
    version: f.version,
    draft: f.draft ? serializeFunctionContent(f.draft) : null,
    draft_updated_at: f.draftUpdatedAt,
  });
}
