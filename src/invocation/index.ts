// Test invocations, free of VS Code: sample globals, the request body, and the answer as text.
export { globalsFamily, sampleGlobals, type SampleContext, type SampleSubject } from './sampleGlobals';
export {
  buildFlowInvocationRequest, buildFunctionInvocationRequest, InvalidBufferError,
  type FlowInvocationInput, type FunctionBuffer, type FunctionInvocationInput,
} from './invocationRequest';
export { parseGlobals, renderGlobals, type ParsedGlobals } from './globalsDocument';
export { formatInvocationResult, type FormattedInvocation, type InvocationSubject } from './formatResult';
