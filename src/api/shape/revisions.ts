// Revisions, drafts and publishing (reference §11; see types/revisions.ts for the PostHog sources).
// Revision and draft content is stored JSON written by whichever PostHog version saved it: checked
// to be an object, not inside.
import type {
  HogFlowPublished, HogFlowPublishPreview, HogFunctionPublished, HogFunctionPublishPreview, MaskedSecret, Revision,
  RevisionDetail,
} from '../types/revisions';
import { boolean, fieldsOf, integer, isNull, listOf, nullable, object, string } from './check';
import { timestamp, userBasic, uuid } from './common';
import { hogFlow } from './hogFlow';
import { hogFunction } from './hogFunction';
import { shape } from './shape';

const revisionFields = { version: integer, created_at: timestamp, created_by: userBasic };

export const revision = shape<Revision>('revision', fieldsOf<Revision>(revisionFields));

export const revisionDetail = shape<RevisionDetail<unknown>>('revision', fieldsOf<RevisionDetail<unknown>>({ ...revisionFields, content: object }));

export const functionPublishPreview = shape<HogFunctionPublishPreview>('publish preview', fieldsOf<HogFunctionPublishPreview>({
  published: boolean,
  draft_updated_at: nullable(timestamp),
  confirm_token: string,
  changed_fields: listOf(string),
  function: isNull,
}));

export const functionPublished = shape<HogFunctionPublished>(
  'published function',
  fieldsOf<HogFunctionPublished>({
    published: boolean,
    draft_updated_at: nullable(timestamp),
    confirm_token: nullable(string),
    changed_fields: nullable(listOf(string)),
    function: hogFunction.check,
  }),
  (value) => ({ ...value, function: hogFunction.normalize(value.function as Record<string, unknown>) }) as unknown as HogFunctionPublished,
);

export const flowPublishPreview = shape<HogFlowPublishPreview>('publish preview', fieldsOf<HogFlowPublishPreview>({
  published: boolean,
  in_flight_runs: nullable(integer),
  draft_updated_at: nullable(timestamp),
  confirm_token: string,
  // What happens to runs in flight: shown, not interpreted.
  impact: object,
}));

export const flowPublished = shape<HogFlowPublished>(
  'published flow',
  fieldsOf<HogFlowPublished>({
    published: boolean,
    in_flight_runs: nullable(integer),
    draft_updated_at: nullable(timestamp),
    confirm_token: nullable(string),
    impact: nullable(object),
    workflow: hogFlow.check,
  }),
  (value) => ({ ...value, workflow: hogFlow.normalize(value.workflow as Record<string, unknown>) }) as unknown as HogFlowPublished,
);

export const maskedSecret = shape<MaskedSecret>('function with a masked secret', fieldsOf<MaskedSecret>({
  id: uuid,
  // Nullable in PostHog's model, as every function name.
  name: nullable(string),
  type: string,
  enabled: boolean,
  input_keys: listOf(string),
  draft_input_keys: listOf(string),
}));
