// What the analysis knows about the PostHog function a program belongs to; the editor's language
// features look it up per document (language/documents.ts).
import type { ProjectTaxonomy } from './taxonomy';

export interface InputSchemaItem {
  readonly key: string;
  readonly label?: string;
  readonly description?: string;
  readonly type?: string;
  readonly secret?: boolean;
  readonly required?: boolean;
}

export interface FunctionInfo {
  /** PostHog's function type ('destination', 'transformation', 'source_webhook', ...). */
  readonly type: string;
  /** The function's inputs_schema; undefined when unknown (then `inputs.*` is not checked). */
  readonly inputsSchema?: readonly InputSchemaItem[];
  /** The project's event and property definitions loaded so far (functions bound to a project). */
  readonly taxonomy?: ProjectTaxonomy;
}
