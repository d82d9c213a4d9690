// The Disposable base: what a class registers is released once, in order, even when one throws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Disposable, disposeAll, toDisposable } from '../../../src/common/lifecycle';

class Owner extends Disposable {
  own(release: () => void): void {
    this.register(toDisposable(release));
  }
}

describe('Disposable', () => {
  it('releases what was registered, in order, once', () => {
    const released: string[] = [];
    const owner = new Owner();
    owner.own(() => released.push('first'));
    owner.own(() => released.push('second'));
    owner.dispose();
    owner.dispose();
    assert.deepEqual(released, ['first', 'second']);
  });

  it('releases at once what is registered after it was disposed', () => {
    const released: string[] = [];
    const owner = new Owner();
    owner.dispose();
    owner.own(() => released.push('late'));
    assert.deepEqual(released, ['late']);
  });

  it('disposeAll releases every one even when one throws, then rethrows the first error', () => {
    const released: string[] = [];
    const failing = toDisposable(() => {
      throw new Error('first failure');
    });
    assert.throws(() => disposeAll([failing, toDisposable(() => released.push('after'))]), /first failure/);
    assert.deepEqual(released, ['after']);
  });
});
