import assert from 'node:assert/strict';
import type { TestHost } from '../host/serve.ts';

/** Registers a participant through the host's API and returns its id. */
export async function createPerson(host: TestHost, firstName: string, lastName: string): Promise<string> {
  const created = await host.api.call('people.create', { firstName, lastName });
  assert.ok(created.ok, `people.create ${firstName}: ${JSON.stringify(created)}`);
  return (created.value as { id: string }).id;
}

/** A participant's pipeline stage, read through the host's API. */
export async function stageOf(host: TestHost, id: string): Promise<string> {
  const person = await host.api.call('people.get', { id });
  assert.ok(person.ok, `people.get: ${JSON.stringify(person)}`);
  return (person.value as { stage: string }).stage;
}
