// Before a rearrange (which PostHog does not guard), the transformations the user saw are compared
// with a fresh listing: what differs is named, and nothing is sent while anything does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HogFunctionSummary } from '../../../src/api/types/hogFunction';
import { unseenChanges } from '../../../src/lifecycle/reorder';

const summary = (id: string, name: string, updatedAt: string) => ({ id, name, type: 'transformation', updated_at: updatedAt }) as HogFunctionSummary;
const a = summary('a', 'Geo', 'T1');
const b = summary('b', 'Scrub', 'T1');
const seen = new Map([['a', a], ['b', b]]);

describe('unseen changes before a rearrange', () => {
  it('is empty when PostHog lists what the user saw', () => {
    assert.deepEqual(unseenChanges(seen, new Set(['b', 'a']), [a, b]), []);
  });

  it('names a changed, a deleted and an added transformation', () => {
    const changed = summary('a', 'Geo v2', 'T2');
    const added = summary('c', 'New one', 'T3');
    assert.deepEqual(unseenChanges(seen, new Set(['b', 'a']), [changed, added]), [
      '“Geo v2” was changed',
      '“Scrub” was deleted',
      '“New one” was added',
    ]);
  });

  it('does not count as added a function the order names that the explorer did not show', () => {
    assert.deepEqual(unseenChanges(seen, new Set(['a', 'b', 'c']), [a, b, summary('c', 'Listed later', 'T3')]), []);
  });
});
