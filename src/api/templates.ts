// Hog function templates: /api/projects/{project_id}/hog_function_templates/.
import { checkId } from './ids';
import { PagedList } from './pagination';
import { projectPath } from './paths';
import { template } from './shape/hogFunction';
import type { CallOptions, Transport } from './transport';
import type { ProjectId } from './types/common';
import type { HogFunctionTemplate, TemplateListParams } from './types/template';

export class TemplatesApi {
  constructor(private readonly transport: Transport) {}

  /** Deprecated templates are not listed. Without `type`/`types` PostHog lists destinations only. */
  list(projectId: ProjectId, params: TemplateListParams = {}, options: CallOptions = {}): PagedList<HogFunctionTemplate> {
    return new PagedList(this.transport, () => projectPath(projectId, 'hog_function_templates'), template, { ...params }, options);
  }

  /** `templateId` is the "template-…" string. */
  async get(projectId: ProjectId, templateId: string, options: CallOptions = {}): Promise<HogFunctionTemplate> {
    return this.transport.send({
      method: 'GET',
      path: projectPath(projectId, 'hog_function_templates', checkId('template', templateId)),
      expect: 'object',
      shape: template,
      expectId: templateId,
      ...options,
    });
  }
}
