// JSON Schemas of the function configuration and flow documents, and a validator that reports
// problems with a path. No vscode: the workspace checks use it now, VS Code's JSON buffers later.
export type { JsonSchema, JsonType } from './jsonSchema';
export { validate, type SchemaError, type SchemaPath } from './validate';
export { ENV_NAME_PATTERN, INPUT_TYPES } from './definitions';
export { FUNCTION_CONFIG_SCHEMA, FUNCTION_TYPES, WORKSPACE_FUNCTION_SCHEMA } from './functionSchema';
export { ACTION_TYPES, EXIT_CONDITIONS, FLOW_SCHEMA, TRIGGER_TYPES, WORKSPACE_FLOW_SCHEMA } from './flowSchema';
