// JSON read back in tests (emulator answers, reference samples, built request bodies). The tests
// check it field by field with assertions, so it is typed loosely at this one place rather than
// cast at every access (`body.results[0].inputs.url.value`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one loosely typed test value, see above
export type LooseJson = any;
