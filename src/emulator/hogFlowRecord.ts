// A stored Hog flow built from validated body fields: PostHog's defaults, then what the body set.
// Shared by the create route and the seed, so seeded flows are exactly what an API create makes.
import type { FlowFields } from './hogFlowValidation';
import type { StoredHogFlow } from './model';

/** What a body never sets: identity, owner and timestamps. */
export type FlowOrigin = Pick<StoredHogFlow, 'id' | 'projectId' | 'createdAt' | 'createdBy' | 'updatedAt'>;

export function newFlowRecord(origin: FlowOrigin, fields: FlowFields): StoredHogFlow {
  return {
    id: origin.id,
    projectId: origin.projectId,
    name: null,
    description: '',
    version: 1,
    status: 'draft',
    originProduct: null,
    createdAt: origin.createdAt,
    createdBy: origin.createdBy,
    updatedAt: origin.updatedAt,
    triggerMasking: null,
    conversion: null,
    exitCondition: 'exit_on_conversion',
    emailSendingRateLimit: null,
    edges: [],
    actions: [],
    abortAction: null,
    variables: [],
    draft: null,
    draftUpdatedAt: null,
    ...definedOnly(fields),
  };
}

/** The fields the body set: an absent one must not overwrite a default or a stored value. */
export function definedOnly(fields: FlowFields): FlowFields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}
