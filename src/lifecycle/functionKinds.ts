// The kinds of function a user can create, with the smallest code PostHog accepts for each.
import type { HogFunctionType } from '../api/types/hogFunction';
import type { ExplorerNode } from '../explorer/nodes';
import type { PrompterSlot } from '../ui/prompter';

export type CreatableType = 'destination' | 'transformation' | 'source_webhook' | 'site_destination' | 'site_app';

interface Kind {
  label: string;
  description: string;
  /** A minimal valid body: Hog for server-side functions, TypeScript for site_* ones. */
  blankCode: string;
}

export const FUNCTION_KINDS: Record<CreatableType, Kind> = {
  destination: {
    label: 'Destination',
    description: 'Sends events to another service',
    blankCode: "// Runs for every event that matches the filters.\nprint('Received', event.event, 'from', event.distinct_id)\n",
  },
  transformation: {
    label: 'Transformation',
    description: 'Changes or drops events before they are stored',
    blankCode: '// Return the (changed) event, or null to drop it.\nreturn event\n',
  },
  source_webhook: {
    label: 'Source webhook',
    description: 'Turns incoming HTTP requests into events',
    blankCode: "// Runs for every request to the webhook's URL.\nreturn {'httpResponse': {'status': 200, 'body': 'ok'}}\n",
  },
  site_destination: {
    label: 'Site destination',
    description: 'Runs in the browser for each event (TypeScript)',
    blankCode: 'export function onEvent({ event, inputs }: { event: any; inputs: Record<string, any> }) {\n  console.log(event.event)\n}\n',
  },
  site_app: {
    label: 'Site app',
    description: 'Runs in the browser on page load (TypeScript)',
    blankCode: 'export function onLoad({ inputs, posthog }: { inputs: Record<string, any>; posthog: any }) {\n}\n',
  },
};

export function isCreatableType(value: unknown): value is CreatableType {
  return typeof value === 'string' && Object.hasOwn(FUNCTION_KINDS, value);
}

/** The kind implied by the node the command was invoked on (a function group or a function). */
export function kindOfNode(node: ExplorerNode | undefined): CreatableType | undefined {
  if (node?.kind === 'functionGroup') return (node.group.types as readonly HogFunctionType[]).find(isCreatableType);
  if (node?.kind === 'function') return isCreatableType(node.summary.type) ? node.summary.type : undefined;
  return undefined;
}

export function pickKind(prompts: PrompterSlot, title: string): Thenable<CreatableType | undefined> {
  const items = (Object.entries(FUNCTION_KINDS) as [CreatableType, Kind][]).map(([type, kind]) => ({
    label: kind.label,
    description: kind.description,
    value: type,
  }));
  return prompts.current.pick(items, { title, placeholder: 'What kind of function?' });
}
