// Icon search and icon bytes. Real PostHog serves these to web sessions only (see auth.ts).
import { validationError } from './errors';
import { json, type Reply, type RequestContext } from './router';

const ICONS = [
  { id: 'slack', name: 'Slack', color: '#4A154B' },
  { id: 'webhook', name: 'Webhook', color: '#1D4AFF' },
  { id: 'discord', name: 'Discord', color: '#5865F2' },
  { id: 'stripe', name: 'Stripe', color: '#635BFF' },
  { id: 'mailer', name: 'Mailer', color: '#F9BD2B' },
];

export function searchIcons(ctx: RequestContext): Reply {
  ctx.project();
  const query = ctx.query.get('query')?.toLowerCase();
  if (!query) return json([]);
  return json(
    ICONS.filter((i) => i.id.includes(query) || i.name.toLowerCase().includes(query)).map((i) => ({
      id: i.id,
      name: i.name,
      url: `/api/projects/@current/hog_functions/icon/?id=${i.id}`,
    })),
  );
}

export function iconImage(ctx: RequestContext): Reply {
  ctx.project();
  const id = ctx.query.get('id');
  if (!id) throw validationError('This field is required.', 'id', 'required');
  const icon = ICONS.find((i) => i.id === id);
  const color = icon?.color ?? '#888888';
  const letter = (icon?.name ?? id).slice(0, 1).toUpperCase().replace(/[^A-Z0-9]/g, '?');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${color}"/><text x="16" y="22" font-size="16" text-anchor="middle" fill="#fff" font-family="sans-serif">${letter}</text></svg>`;
  return { status: 200, raw: { contentType: 'image/svg+xml', data: svg } };
}
