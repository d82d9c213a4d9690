// What PostHog's `generate_template_bytecode` checks in a parsed template before compiling it
// (posthog/cdp/validation.py): the inputs it reads (for input order), `a.b-c` written for a
// hyphenated name, and globals a transformation does not have.
import type { Expr, Field } from '../ast';
import VM_FUNCTIONS from '../analysis/vmFunctions.json';

/** Calls `visit` for every node under (and including) `root`. */
export function forEachNode(root: unknown, visit: (node: { node: string } & Record<string, unknown>) => void): void {
  if (Array.isArray(root)) {
    for (const item of root) forEachNode(item, visit);
    return;
  }
  if (typeof root !== 'object' || root === null) return;
  const record = root as Record<string, unknown>;
  if (typeof record.node === 'string') visit(record as { node: string } & Record<string, unknown>);
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'start' && key !== 'end' && typeof value === 'object') forEachNode(value, visit);
  }
}

/** `inputs.X` names the template reads (InputCollector). */
export function collectInputs(expr: Expr, into: Set<string>): void {
  forEachNode(expr, (node) => {
    const chain = (node as unknown as Field).chain;
    if (node.node === 'Field' && chain[0] === 'inputs' && chain.length > 1) into.add(String(chain[1]));
  });
}

/** HyphenatedPropertyDetector: `event.properties.utm-source` read as a subtraction. */
export function hyphenError(expr: Expr): string | null {
  let message: string | null = null;
  forEachNode(expr, (node) => {
    if (message !== null || node.node !== 'ArithmeticOperation' || node.op !== '-') return;
    const left = node.left as Field;
    const right = node.right as Field;
    if (left.node !== 'Field' || left.chain.length < 2 || right.node !== 'Field' || right.chain.length !== 1) return;
    if (right.start.offset - left.end.offset !== 1) return;
    const parent = left.chain.slice(0, -1).join('.');
    message =
      'Hyphens are not supported in identifiers and are interpreted as subtraction. ' +
      `Use bracket notation: ${parent}['${String(left.chain[left.chain.length - 1])}-${String(right.chain[0])}']`;
  });
  return message;
}

const CORE_FUNCTIONS = ['fetch', 'postHogCapture'];
const PRODUCT_ASYNC_FUNCTIONS = ['postHogGetTicket', 'postHogUpdateTicket', 'postHogGetAccount', 'postHogUpdateAccount', 'postHogSetAccountProperties'];
const TRANSFORMATION_RUNTIME_FUNCTIONS = ['geoipLookup', 'cleanNullValues', 'isKnownBotUserAgent', 'isKnownBotIp'];
const VM_NAMES = [...VM_FUNCTIONS.native, ...VM_FUNCTIONS.async, ...VM_FUNCTIONS.bytecode];

/** TransformationGlobalsValidator: a transformation's templates see only project, event and inputs. */
export function transformationGlobalsError(expr: Expr, functionType: string): string | null {
  const log = functionType === 'transformation_log';
  if (!log && functionType !== 'transformation') return null;
  const allowed = new Set([
    ...(log ? ['project', 'record', 'inputs'] : ['project', 'event', 'inputs', ...TRANSFORMATION_RUNTIME_FUNCTIONS]),
    ...CORE_FUNCTIONS, ...PRODUCT_ASYNC_FUNCTIONS, ...VM_NAMES,
  ]);
  const invalid = new Set<string>();
  forEachNode(expr, (node) => {
    const chain = (node as unknown as Field).chain;
    if (node.node === 'Field' && chain.length > 0 && !allowed.has(String(chain[0]))) invalid.add(String(chain[0]));
  });
  if (invalid.size === 0) return null;
  const names = [...invalid].sort().join(', ');
  return log
    ? `Variable not available in log transformations: ${names}. Log transformations only have access to project, record, and inputs.`
    : `Variable not available in transformations: ${names}. Transformations only have access to project, event, and inputs.`;
}
