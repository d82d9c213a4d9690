// What the project's data looks like (its event and property definitions), for completion and
// hover of `event.event` values, `event.properties.<name>` and `person.properties.<name>`. The
// editor fetches a kind only when `taxonomyNeedAt` says the cursor needs it.
import { memberChainBefore } from './memberChain';
import { coreProperty } from './coreProperties';
import type { Analysis } from './resolve';

export interface TaxonomyProperty {
  readonly name: string;
  /** PostHog's property_type: 'String', 'Numeric', 'Boolean', 'DateTime', 'Duration'; null when unknown. */
  readonly type?: string | null;
  readonly description?: string | null;
}

export interface TaxonomyEvent {
  readonly name: string;
  readonly description?: string | null;
}

/** Whatever is known so far; a kind left undefined is not loaded (or not allowed). */
export interface ProjectTaxonomy {
  readonly events?: readonly TaxonomyEvent[];
  readonly eventProperties?: readonly TaxonomyProperty[];
  readonly personProperties?: readonly TaxonomyProperty[];
}

export type TaxonomyKind = keyof ProjectTaxonomy;

/** The owner of a properties dict and the taxonomy kind listing its keys. */
const PROPERTY_OWNERS: Record<string, TaxonomyKind> = { event: 'eventProperties', person: 'personProperties' };

/** Which list completing at `offset` would use, if any. */
export function taxonomyNeedAt(source: string, offset: number): TaxonomyKind | undefined {
  if (eventNamePrefixAt(source, offset) !== undefined) return 'events';
  const chain = memberChainBefore(source, offset);
  return chain ? propertiesKind(chain) : undefined;
}

/** `event.properties` → 'eventProperties'; `person.properties` → 'personProperties'. */
export function propertiesKind(chain: readonly string[]): TaxonomyKind | undefined {
  return chain.length === 2 && chain[1] === 'properties' ? PROPERTY_OWNERS[chain[0]] : undefined;
}

/**
 * The part of an event name typed so far when the cursor is in a string compared with
 * `event.event` (`event.event == '$pa|`, `event.event in ['a', '|`); undefined elsewhere.
 */
export function eventNamePrefixAt(source: string, offset: number): string | undefined {
  const line = source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset);
  const match = /event\s*\.\s*event\s*(?:==|!=|=|in\s*\[(?:\s*'[^'\\]*'\s*,)*)\s*'([^'\\]*)$/.exec(line);
  return match?.[1];
}

export function findProperty(list: readonly TaxonomyProperty[] | undefined, name: string): TaxonomyProperty | undefined {
  return list?.find((p) => p.name === name);
}

/** Hover text for a property PostHog knows in this project (or a core one). */
export function describeProperty(owner: string, property: TaxonomyProperty | undefined, name: string): string | undefined {
  const core = coreProperty(name);
  if (!property && !core) return undefined;
  const type = property?.type ?? core?.type;
  const heading = '```hog\n' + `(${owner} property) ${owner}.properties.${name}${type ? `: ${type}` : ''}` + '\n```';
  const description = property?.description || core?.description;
  const example = core?.example !== undefined ? `Example: \`${core.example}\`` : '';
  return [heading, description ?? '', example].filter(Boolean).join('\n\n');
}

/** The properties list a hover at `offset` would read: on the key of `event.properties.<key>` or `person.properties.<key>`. */
export function propertiesKindAt(analysis: Analysis, offset: number): TaxonomyKind | undefined {
  const ref = analysis.references.find((r) => !r.symbol && r.spans[2] && r.spans[2].start <= offset && offset < r.spans[2].end);
  return ref ? propertiesKind(ref.chain.slice(0, 2)) : undefined;
}
