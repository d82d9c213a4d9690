// Hog function templates: lookup and the /hog_function_templates/ endpoints (`type` defaults to
// destination; deprecated templates are never listed).
import { notFound } from './errors';
import { clone } from './json';
import type { HogFunctionTemplate, InputSchemaItem } from './model';
import { paginate } from './pagination';
import { json, type Reply, type RequestContext } from './router';
import { TEMPLATES } from './seed/templates';

export function findTemplate(id: string): HogFunctionTemplate | undefined {
  const found = TEMPLATES.find((t) => t.id === id);
  return found ? clone(found) : undefined;
}

/** A template's inputs_schema (empty for an unknown id), for functions seeded from it. */
export function templateInputsSchema(id: string): InputSchemaItem[] {
  return findTemplate(id)?.inputs_schema ?? [];
}

export function listTemplates(ctx: RequestContext): Reply {
  const project = ctx.project();
  const types = requestedTypes(ctx.query);
  const templateId = ctx.query.get('template_id');
  const usage = usageCounts(ctx, project.id);
  const items = TEMPLATES.filter(
    (t) =>
      types.includes(t.type) &&
      t.status !== 'deprecated' &&
      t.status !== 'hidden' &&
      (templateId === null || t.id === templateId),
  ).sort((a, b) => (usage.get(b.id) ?? 0) - (usage.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  return json(paginate(ctx, items.map(clone), { defaultLimit: 100 }));
}

export function retrieveTemplate(ctx: RequestContext): Reply {
  ctx.project();
  const found = findTemplate(ctx.params.id ?? '');
  if (!found) throw notFound();
  return json(found);
}

/** `types` (comma list) wins over `type`; with neither, PostHog defaults to destinations. */
function requestedTypes(query: URLSearchParams): string[] {
  const list = query.get('types') ?? query.get('type') ?? 'destination';
  return list
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

function usageCounts(ctx: RequestContext, projectId: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of ctx.state.liveFunctions(projectId)) {
    if (f.enabled && f.templateId) counts.set(f.templateId, (counts.get(f.templateId) ?? 0) + 1);
  }
  return counts;
}
