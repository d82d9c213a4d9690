// A node:test reporter that counts the tests and groups skipped because ../shared is missing
// (their skip reason starts with SHARED_MARK from shared.ts) and writes the count to its destination.
const SHARED_MARK = 'needs ../shared:';

export default async function* sharedSkips(source) {
  let count = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const skip = event.data.skip;
    if (typeof skip === 'string' && skip.startsWith(SHARED_MARK)) count += 1;
  }
  yield `${count}\n`;
}
