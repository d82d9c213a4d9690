// The PostHog API surface the emulator answers, with each endpoint's personal-API-key scopes.
import { listEventDefinitions, listPropertyDefinitions } from './definitions';
import { currentUser, listOrganizationProjects, listProjects, retrieveProject } from './discovery';
import { createBatchJob, listBatchJobs, userBlastRadius } from './flowBatchJobs';
import { discardFlowDraft, publishFlow } from './flowDrafts';
import { listFlowRevisions, restoreFlowRevision, retrieveFlowRevision } from './flowRevisions';
import { createSchedule, deleteSchedule, listSchedules, updateSchedule } from './flowSchedules';
import { bulkDeleteFlows, createFlow, deleteFlow, listFlows, retrieveFlow, updateFlow } from './hogFlows';
import {
  createFunction,
  deleteFunction,
  listFunctions,
  patchFunction,
  rearrangeFunctions,
  retrieveFunction,
} from './hogFunctions';
import { discardFunctionDraft, listMaskedSecrets, publishFunction } from './functionDrafts';
import { listFunctionRevisions, restoreFunctionRevision, retrieveFunctionRevision } from './functionRevisions';
import { iconImage, searchIcons } from './icons';
import { invokeFlow, invokeFunction } from './invocations';
import { findFlow, findFunction } from './objectLookup';
import { queryLogs } from './logs';
import { metricsSeries, metricsTotals } from './metrics';
import { json, route, type Handler, type Route } from './router';
import { listTemplates, retrieveTemplate } from './templates';

const FN_READ = ['hog_function:read'];
const FN_WRITE = ['hog_function:write'];
const FLOW_READ = ['hog_flow:read'];
const FLOW_WRITE = ['hog_flow:write'];

const P = '/api/projects/:project/hog_functions';
const F = '/api/projects/:project/hog_flows';

const functionLogs: Handler = (ctx) => json(queryLogs(ctx, findFunction(ctx).id));
const functionMetrics: Handler = (ctx) => json(metricsSeries(ctx, findFunction(ctx).id));
const functionTotals: Handler = (ctx) => json(metricsTotals(ctx, findFunction(ctx).id));
const flowLogs: Handler = (ctx) => json(queryLogs(ctx, findFlow(ctx).id));
const flowMetrics: Handler = (ctx) => json(metricsSeries(ctx, findFlow(ctx).id));
const flowTotals: Handler = (ctx) => json(metricsTotals(ctx, findFlow(ctx).id));

/** Listed specific-first: `rearrange/`, `icons/` and `masked_secrets/` before `:id/`. */
export const ROUTES: Route[] = [
  route('GET', '/api/users/@me/', ['user:read'], currentUser),
  route('GET', '/api/projects/', ['project:read'], listProjects),
  route('GET', '/api/organizations/:org/projects/', ['organization:read'], listOrganizationProjects),

  route('GET', `${P}/`, FN_READ, listFunctions),
  route('POST', `${P}/`, FN_WRITE, createFunction),
  route('GET', `${P}/icons/`, 'session-only', searchIcons),
  route('GET', `${P}/icon/`, 'session-only', iconImage),
  route('PATCH', `${P}/rearrange/`, FN_WRITE, rearrangeFunctions),
  route('GET', `${P}/masked_secrets/`, FN_READ, listMaskedSecrets),
  route('GET', `${P}/:id/`, FN_READ, retrieveFunction),
  route('PATCH', `${P}/:id/`, FN_WRITE, patchFunction),
  route('PUT', `${P}/:id/`, FN_WRITE, patchFunction),
  route('DELETE', `${P}/:id/`, [], deleteFunction),
  route('POST', `${P}/:id/invocations/`, FN_WRITE, invokeFunction),
  route('GET', `${P}/:id/logs/`, FN_READ, functionLogs),
  route('GET', `${P}/:id/metrics/`, FN_READ, functionMetrics),
  route('GET', `${P}/:id/metrics/totals/`, FN_READ, functionTotals),
  route('POST', `${P}/:id/publish/`, FN_WRITE, publishFunction),
  route('POST', `${P}/:id/discard_draft/`, FN_WRITE, discardFunctionDraft),
  route('GET', `${P}/:id/revisions/`, FN_READ, listFunctionRevisions),
  route('GET', `${P}/:id/revisions/:version/`, FN_READ, retrieveFunctionRevision),
  route('POST', `${P}/:id/revisions/:version/restore/`, FN_WRITE, restoreFunctionRevision),

  route('GET', '/api/projects/:project/hog_function_templates/', FN_READ, listTemplates),
  route('GET', '/api/projects/:project/hog_function_templates/:id/', FN_READ, retrieveTemplate),

  route('GET', `${F}/`, FLOW_READ, listFlows),
  route('POST', `${F}/`, FLOW_WRITE, createFlow),
  route('POST', `${F}/bulk_delete/`, FLOW_WRITE, bulkDeleteFlows),
  route('POST', `${F}/user_blast_radius/`, [...FLOW_READ, 'person:read'], userBlastRadius),
  route('GET', `${F}/:id/`, FLOW_READ, retrieveFlow),
  route('PATCH', `${F}/:id/`, FLOW_WRITE, updateFlow),
  route('PUT', `${F}/:id/`, FLOW_WRITE, updateFlow),
  route('DELETE', `${F}/:id/`, FLOW_WRITE, deleteFlow),
  route('GET', `${F}/:id/batch_jobs/`, FLOW_READ, listBatchJobs),
  route('POST', `${F}/:id/batch_jobs/`, [...FLOW_WRITE, 'person:read'], createBatchJob),
  route('GET', `${F}/:id/schedules/`, FLOW_READ, listSchedules),
  route('POST', `${F}/:id/schedules/`, [...FLOW_WRITE, 'person:read'], createSchedule),
  route('PATCH', `${F}/:id/schedules/:scheduleId/`, FLOW_WRITE, updateSchedule),
  route('DELETE', `${F}/:id/schedules/:scheduleId/`, FLOW_WRITE, deleteSchedule),
  route('POST', `${F}/:id/invocations/`, [...FLOW_WRITE, 'group:read'], invokeFlow),
  route('GET', `${F}/:id/logs/`, FLOW_READ, flowLogs),
  route('GET', `${F}/:id/metrics/`, FLOW_READ, flowMetrics),
  route('GET', `${F}/:id/metrics/totals/`, FLOW_READ, flowTotals),
  route('POST', `${F}/:id/publish/`, FLOW_WRITE, publishFlow),
  route('POST', `${F}/:id/discard_draft/`, FLOW_WRITE, discardFlowDraft),
  route('GET', `${F}/:id/revisions/`, FLOW_READ, listFlowRevisions),
  route('GET', `${F}/:id/revisions/:version/`, FLOW_READ, retrieveFlowRevision),
  route('POST', `${F}/:id/revisions/:version/restore/`, FLOW_WRITE, restoreFlowRevision),

  route('GET', '/api/projects/:project/event_definitions/', ['event_definition:read'], listEventDefinitions),
  route('GET', '/api/projects/:project/property_definitions/', ['property_definition:read'], listPropertyDefinitions),

  route('GET', '/api/projects/:project/', ['project:read'], retrieveProject),
];
