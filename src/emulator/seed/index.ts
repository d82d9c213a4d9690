// Builds the initial state of an emulator: 'demo' (functions, flows, activity) or 'empty'
// (still one user, one organization and two projects).
import { EmulatorState } from '../state';
import { MICROS_PER_DAY, formatMicros, type Clock } from '../time';
import { seedActivity } from './activity';
import { seedEventDefinitions, seedPropertyDefinitions } from './definitions';
import { seedBatchJobs, seedFlows, seedSchedules } from './flows';
import { seedFunctions } from './functions';
import { seedOrganizations, seedProjects, seedUser } from './people';

export type SeedName = 'demo' | 'empty';

export function createSeedState(seed: SeedName, clock: Clock): EmulatorState {
  const now = clock.nowMicros();
  const user = seedUser(formatMicros(now - 400 * MICROS_PER_DAY - 120_394));
  const state = new EmulatorState(clock, user, seedOrganizations(formatMicros(now - 400 * MICROS_PER_DAY)), seedProjects(), 1);
  if (seed === 'empty') return state;
  const creator = state.basicUser();
  for (const fn of seedFunctions(now, creator)) state.functions.set(fn.id, fn);
  for (const flow of seedFlows(now, creator)) state.flows.set(flow.id, flow);
  for (const [id, schedules] of seedSchedules(now)) state.schedules.set(id, schedules);
  for (const [id, jobs] of seedBatchJobs(now, creator)) state.batchJobs.set(id, jobs);
  state.eventDefinitions.set(1, seedEventDefinitions(now));
  state.propertyDefinitions.set(1, seedPropertyDefinitions());
  seedActivity(state, now);
  return state;
}
