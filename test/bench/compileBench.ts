// Compiler and VM figures for `npm run bench`: compile time of every corpus program (parse +
// compile, as `hog compile` does), the VM run time of the programs PostHog's VM runs without
// globals, and compile + run of a 100-line function (target: under 1 ms warm).
import { performance } from 'node:perf_hooks';
import { compileSource, type BytecodeValue } from '../../src/hog/compiler';
import { runPrinting } from '../../src/hog/runtime/printOutput';
import type { CorpusFile } from '../unit/hog/fixtures/corpus';

const WARM_UP = 30;
const WARM_RUNS = 100;

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function warm(run: () => void): number {
  for (let i = 0; i < WARM_UP; i++) run();
  return median(Array.from({ length: WARM_RUNS }, () => timeMs(run)));
}

function bytecodeOf(source: string): BytecodeValue[] | null {
  return compileSource(source).bytecode ?? null;
}

/**
 * A 100-line Hog program of the kind a destination runs (helpers, a payload built from an event,
 * loops, string work, try/catch), with the event as a local so that it runs without globals.
 */
export function hundredLineProgram(): string {
  return `// Forwards a completed order to a billing API.
// (Bench input: 100 lines of Hog.)

let event := {
  'event': 'order completed',
  'distinct_id': 'user-42',
  'properties': {'total': 120.5, 'currency': 'eur', 'items': [{'sku': 'a-1', 'qty': 2}, {'sku': 'b-7', 'qty': 1}], '$browser': 'Firefox'},
}
let inputs := {'apiKey': 'secret', 'region': 'EU', 'includeItems': true, 'maxItems': 5}

fun normalizeCurrency(code) {
  if (empty(code)) {
    return 'USD'
  }
  return upper(trim(code))
}

fun cents(amount) {
  return round(toFloat(amount) * 100)
}

fun itemLines(items, limit) {
  let lines := []
  let index := 0
  for (let item in items) {
    index := index + 1
    if (index > limit) {
      return lines
    }
    lines := arrayPushBack(lines, {'sku': lower(item.sku), 'quantity': item.qty ?? 1, 'position': index})
  }
  return lines
}

fun describe(props) {
  let parts := []
  for (let key, value in props) {
    if (typeof(value) == 'string') {
      parts := arrayPushBack(parts, f'{key}={value}')
    }
  }
  return arrayStringConcat(arraySort(parts), '&')
}

fun validate(payload) {
  if (payload.amount_cents <= 0) {
    throw Error('amount must be positive')
  }
  if (not payload.user_id like 'user-%') {
    throw Error(f'unexpected user id {payload.user_id}')
  }
  return true
}

let props := event.properties ?? {}
let currency := normalizeCurrency(props.currency)
let payload := {
  'user_id': event.distinct_id,
  'event_name': replaceAll(event.event, ' ', '_'),
  'amount_cents': cents(props.total),
  'currency': currency,
  'region': lower(inputs.region),
  'browser': props.$browser ?? 'unknown',
}

if (inputs.includeItems) {
  payload.items := itemLines(props.items ?? [], inputs.maxItems)
  payload.item_count := length(payload.items)
} else {
  payload.item_count := 0
}

let totalQuantity := 0
for (let line in payload.items ?? []) {
  totalQuantity := totalQuantity + line.quantity
}
payload.total_quantity := totalQuantity
payload.summary := describe(props)
payload.tier := case
  when payload.amount_cents >= 100000 then 'gold'
  when payload.amount_cents >= 10000 then 'silver'
  else 'bronze'
end

let attempts := 0
let status := 'pending'
while (attempts < 3 and status == 'pending') {
  attempts := attempts + 1
  try {
    validate(payload)
    status := 'valid'
  } catch (e) {
    status := f'invalid: {e.message}'
  }
}

let headers := {'Authorization': f'Bearer {inputs.apiKey}', 'Content-Type': 'application/json'}
let body := jsonStringify(payload)
print(status, payload.tier, payload.item_count, length(body) > 0, headers['Content-Type'])
return payload
`;
}

export function compileFigures(programs: CorpusFile[], withOutput: ReadonlySet<string>): void {
  console.log('');
  const coldTotal = timeMs(() => programs.forEach((file) => compileSource(file.source)));
  const perProgram = programs.map((file) => ({ file, ms: warm(() => compileSource(file.source)) }));
  const warmTotal = warm(() => programs.forEach((file) => compileSource(file.source)));
  const lines = programs.reduce((sum, p) => sum + p.source.split('\n').length, 0);
  console.log(`compile (parse + compile), per program, median of ${WARM_RUNS} runs after ${WARM_UP} warm-up runs:`);
  const cells = perProgram.map(({ file, ms }) => `${file.name.replace(/\.hog$/, '').padEnd(36)} ${ms.toFixed(3).padStart(6)} ms`);
  for (let i = 0; i < cells.length; i += 2) console.log(`  ${cells.slice(i, i + 2).join('   ')}`);
  const sum = perProgram.reduce((total, p) => total + p.ms, 0);
  console.log(`compile: all ${programs.length} programs (${lines} lines): first pass ${coldTotal.toFixed(2)} ms (cold JIT), warm pass ${warmTotal.toFixed(2)} ms (median), sum of per-program medians ${sum.toFixed(2)} ms`);

  const runnable = programs.filter((file) => withOutput.has(file.name.replace(/\.hog$/, '')));
  const runs = runnable.map((file) => {
    const bytecode = bytecodeOf(file.source) ?? [];
    return { file, ms: warm(() => runPrinting(bytecode)) };
  });
  const runTotal = runs.reduce((sum, r) => sum + r.ms, 0);
  console.log(`VM run (@posthog/hogvm, print captured), ${runs.length} programs without globals, median of ${WARM_RUNS} runs:`);
  const runCells = runs.map(({ file, ms }) => `${file.name.replace(/\.hog$/, '').padEnd(36)} ${ms.toFixed(3).padStart(6)} ms`);
  for (let i = 0; i < runCells.length; i += 2) console.log(`  ${runCells.slice(i, i + 2).join('   ')}`);
  console.log(`VM run: ${runs.length} programs in ${runTotal.toFixed(2)} ms (sum of medians)`);

  const source = hundredLineProgram();
  const compileMs = warm(() => compileSource(source));
  const bytecode = bytecodeOf(source) ?? [];
  const runMs = warm(() => runPrinting(bytecode));
  const bothMs = warm(() => runPrinting(bytecodeOf(source) ?? []));
  console.log(
    `100-line function: compile ${compileMs.toFixed(3)} ms + run ${runMs.toFixed(3)} ms; ` +
      `compile and run together ${bothMs.toFixed(3)} ms warm (target < 1 ms: ${bothMs < 1 ? 'met' : 'NOT met'})`,
  );
}
