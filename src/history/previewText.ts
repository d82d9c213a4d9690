// What a publish preview says, as the detail of the confirmation.
import type { HogFlowPublishPreview, HogFunctionPublishPreview, PublishImpact } from '../api/types/revisions';

export function describePreview(preview: HogFunctionPublishPreview | HogFlowPublishPreview): string {
  if ('changed_fields' in preview) {
    const fields = preview.changed_fields.length > 0 ? preview.changed_fields.join(', ') : 'nothing';
    return `Changes: ${fields}.`;
  }
  const runs = preview.in_flight_runs === null ? 'an unknown number of runs' : `${preview.in_flight_runs} run${preview.in_flight_runs === 1 ? '' : 's'}`;
  return [`In flight: ${runs} will continue with the new version.`, ...describeImpact(preview.impact)].join('\n');
}

function describeImpact(impact: PublishImpact): string[] {
  const lines: string[] = [];
  for (const step of impact.deleted_steps) {
    const runs = step.runs === null ? 'runs' : `${step.runs} run${step.runs === 1 ? '' : 's'}`;
    const where = step.moves_to ? `move to “${step.moves_to.name}”` : 'exit';
    lines.push(`Deleted step “${step.name}”: ${runs} there ${where}.`);
  }
  if (impact.position_unknown) lines.push(`${impact.position_unknown} run(s) at an unknown step.`);
  for (const variable of impact.empty_variables) lines.push(`Variable “${variable.variable}” is empty for runs in flight.`);
  for (const conflict of impact.schedule_conflicts) lines.push(`Schedule ${conflict.schedule_id} overrides variables the draft drops: ${conflict.variables.join(', ')}.`);
  return lines;
}
