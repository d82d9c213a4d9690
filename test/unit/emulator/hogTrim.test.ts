// The local PostHog trims whitespace around `hog` as PostHog's serializer does (DRF CharField's
// default), on create, on update, when the code comes from a template, and in its seeded data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHECKOUT_ID, FN, useEmulator } from './helpers';

describe('hog code whitespace', () => {
  const api = useEmulator();

  test('create and update store the code trimmed; inner whitespace stays', async () => {
    const created = await api.call('POST', `${FN}/`, { type: 'destination', name: 'Padded', hog: '\n\n  print(1)\n\n  print(2)  \n\n' });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.hog, 'print(1)\n\n  print(2)');
    const updated = await api.call('PATCH', `${FN}/${created.body.id}/`, { hog: '\tprint(3)\n' });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.body.hog, 'print(3)');
    assert.equal((await api.get(`${FN}/${created.body.id}/`)).body.hog, 'print(3)');
  });

  test('code taken from a template is trimmed too', async () => {
    const template = await api.get('/api/projects/1/hog_function_templates/template-webhook/');
    assert.notEqual(template.body.code, template.body.code.trim(), 'the template code ends in a newline');
    const created = await api.call('POST', `${FN}/`, {
      type: 'destination', template_id: 'template-webhook', inputs: { url: { value: 'https://example.com/hook' } },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.hog, template.body.code.trim());
  });

  test('seeded code is stored trimmed', async () => {
    const { body } = await api.get(`${FN}/?full=true`);
    assert.ok(body.results.length > 5);
    for (const fn of body.results as { hog: string }[]) assert.equal(fn.hog, fn.hog.trim());
    const checkout = await api.get(`${FN}/${CHECKOUT_ID}/`);
    assert.match(checkout.body.hog, /^\/\/ Forwards checkout/);
  });
});
