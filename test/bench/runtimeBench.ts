// Runtime figures for `npm run bench`: a realistic destination run as a test invocation runs it
// (input templates built from their bytecode, sample globals, a mocked fetch, print lines, the
// worker's logs), from source (compile included) and from bytecode.
import { performance } from 'node:perf_hooks';
import { compileSource } from '../../src/hog/compiler';
import { runFunction, type RunFunctionOptions } from '../../src/hog/runtime';
import { sampleGlobals } from '../../src/invocation';

const WARM_UP = 30;
const WARM_RUNS = 100;

const DESTINATION = `// Sends a completed order to a CRM, with a retry-friendly payload.
let items := arrayMap(item -> {'sku': item.sku, 'quantity': item.qty ?? 1}, event.properties.items ?? [])
let payload := {
  'event': event.event,
  'customer': {'id': event.distinct_id, 'email': person.properties.email, 'plan': person.properties.plan},
  'order': {'id': event.properties.order_id, 'total': toFloat(event.properties.revenue ?? 0), 'items': items},
  'source': inputs.source_label,
}
let res := fetch(inputs.url, {'method': 'POST', 'headers': inputs.headers, 'body': payload})
if (res.status >= 400) {
  throw Error(f'CRM answered {res.status}')
}
print('Sent order', event.properties.order_id, 'to', inputs.url, res.status)
`;

const SCHEMA = [
  { key: 'url', type: 'string' },
  { key: 'api_key', type: 'string', secret: true },
  { key: 'headers', type: 'dictionary' },
  { key: 'source_label', type: 'string' },
];
const INPUTS = {
  url: { value: 'https://crm.example.com/api/orders/{event.properties.order_id}' },
  api_key: { value: 'crm-key-123' },
  headers: { value: { Authorization: 'Bearer {inputs.api_key}', 'X-Event': '{event.event}' } },
  source_label: { value: 'posthog:{project.name}' },
};

async function warm(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

export async function runtimeFigures(): Promise<void> {
  const globals = sampleGlobals(
    { type: 'destination', hog: DESTINATION, inputs_schema: SCHEMA as never, inputs: INPUTS as never, name: 'CRM orders' },
    { baseUrl: 'https://us.posthog.com', projectId: 1, projectName: 'Shop' },
  ) as Record<string, unknown>;
  const common: RunFunctionOptions = { type: 'destination', name: 'CRM orders', id: 'bench', inputsSchema: SCHEMA, inputs: INPUTS, globals };
  const bytecode = compileSource(DESTINATION).bytecode ?? [];
  const check = await runFunction({ ...common, code: DESTINATION });
  if (check.status !== 'success') throw new Error(`bench destination failed: ${check.errors.join('; ')}`);
  const fromSource = await warm(() => runFunction({ ...common, code: DESTINATION }));
  const fromBytecode = await warm(() => runFunction({ ...common, bytecode }));
  const lines = DESTINATION.split('\n').length;
  console.log('');
  console.log(`test invocation on the runtime (destination, ${lines} lines, 4 templated inputs, sample globals, mocked fetch, ${check.logs.length} log lines), median of ${WARM_RUNS}:`);
  console.log(`  from source (compile + inputs + run) ${fromSource.toFixed(3)} ms;  from bytecode (inputs + run) ${fromBytecode.toFixed(3)} ms`);
}
