// Hog flows the client tests create: one per trigger kind the endpoints care about.
import type { HogFlowAction, HogFlowCreate } from '../../../../src/api';

export const PRO_PERSONS = { properties: [{ key: 'plan', value: ['pro'], operator: 'exact', type: 'person' }] };

function flow(name: string, trigger: Record<string, unknown>): HogFlowCreate {
  const actions: HogFlowAction[] = [
    { id: 'trigger_node', name: 'Trigger', type: 'trigger', config: trigger },
    { id: 'exit_node', name: 'Exit', type: 'exit', config: { reason: 'done' } },
  ];
  return { name, status: 'draft', actions, edges: [{ from: 'trigger_node', to: 'exit_node', type: 'continue' }] };
}

export const EVENT_FLOW = flow('Client test flow', {
  type: 'event',
  filters: { events: [{ id: '$pageview', name: '$pageview', type: 'events', order: 0 }] },
});
export const BATCH_FLOW = flow('Client test batch flow', { type: 'batch', filters: PRO_PERSONS });
export const SCHEDULE_FLOW = flow('Client test scheduled flow', { type: 'schedule' });
