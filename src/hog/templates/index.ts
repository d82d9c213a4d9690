// Input templates as PostHog compiles them on save (no VS Code).
export { compileInputs, InputTemplateError, templatingOf, type CompiledInput, type InputLike, type InputSchemaLike } from './inputs';
export { stringBytecode, TemplateError, templateBytecode, type TemplateBytecode, type TemplateOptions } from './templateBytecode';
export { parseStringTemplate, type ParsedTemplate } from './templateString';
