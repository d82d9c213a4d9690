// users/@me, projects, organizations' projects and templates, against the local emulator.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useClientFixture } from './support/harness';

describe('discovery and templates', () => {
  const fx = useClientFixture();

  test('me() returns the user, current team and organizations', async () => {
    const me = await fx.client.discovery.me();
    assert.equal(typeof me.id, 'number');
    assert.equal(typeof me.email, 'string');
    assert.ok(me.team, 'current team');
    assert.equal(typeof me.team.id, 'number');
    assert.ok(me.organizations.length >= 1);
    assert.equal(typeof me.organizations[0]?.id, 'string');
  });

  test('projects() lists the current organization projects; @current resolves to me.team', async () => {
    const me = await fx.client.discovery.me();
    const projects = await fx.client.discovery.projects().all();
    const ids = projects.map((p) => p.id);
    assert.ok(ids.includes(me.team!.id), `current team ${me.team!.id} in ${ids.join(',')}`);
    assert.ok(projects.length >= 2, 'demo seed has two projects');
  });

  test('organizationProjects() by id and by @current', async () => {
    const me = await fx.client.discovery.me();
    const org = me.organizations[0]!;
    const byId = await fx.client.discovery.organizationProjects(org.id).all();
    const current = await fx.client.discovery.organizationProjects('@current').page();
    assert.ok(byId.length >= 1);
    assert.ok(byId.every((p) => p.organization === org.id));
    assert.ok(current.results.length >= 1);
  });

  test('every path is sent with its trailing slash and @current unescaped', async () => {
    await fx.admin.clearRequests();
    await fx.client.discovery.me();
    await fx.client.discovery.organizationProjects('@current').page();
    const paths = (await fx.admin.requests()).map((r) => r.path);
    assert.deepEqual(paths, ['/api/users/@me/', '/api/organizations/@current/projects/']);
  });

  test('templates: list with types, list with type, retrieve', async () => {
    const mixed = await fx.client.templates.list('@current', { types: ['destination', 'transformation'] }).all();
    const types = new Set(mixed.map((t) => t.type));
    assert.ok(types.has('destination') && types.has('transformation'), `types: ${[...types].join(',')}`);

    const transformations = await fx.client.templates.list('@current', { type: 'transformation' }).all();
    assert.ok(transformations.length > 0);
    assert.ok(transformations.every((t) => t.type === 'transformation'));

    const first = mixed[0]!;
    const template = await fx.client.templates.get('@current', first.id);
    assert.equal(template.id, first.id);
    assert.equal(typeof template.code, 'string');
    assert.ok(Array.isArray(template.inputs_schema));

    await fx.admin.clearRequests();
    await fx.client.templates.list(1, { types: ['destination', 'site_destination'], limit: 2 }).page();
    const [logged] = await fx.admin.requests();
    assert.match(decodeURIComponent(JSON.stringify(logged?.query)), /destination,site_destination/);
  });
});
