import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RoleDirectory } from '../../services/access/roleDirectory';
import { ConfigError, loadConfig } from '../../services/config/config';

describe('roles file', () => {
  const directory = RoleDirectory.fromJson({
    users: [
      { name: 'Alex', aadObjectId: 'AAD-ALEX', userId: '29:alex', roles: ['salesAgent'] },
      { name: 'Megan', userId: '29:megan', roles: ['adminAgent'], approver: true },
    ],
  });

  it('finds a user by Entra object id (any case), then by Teams user id', () => {
    assert.equal(directory.find({ aadObjectId: 'aad-alex', userId: '29:someone-else' })?.name, 'Alex');
    assert.equal(directory.find({ aadObjectId: 'unknown', userId: '29:megan' })?.name, 'Megan');
    assert.equal(directory.find({ userId: '29:alex' })?.name, 'Alex');
    assert.equal(directory.find({ aadObjectId: 'nobody' }), undefined);
    assert.equal(directory.find({}), undefined);
  });

  it('defaults the approver flag to false', () => {
    assert.equal(directory.find({ userId: '29:alex' })?.approver, false);
    assert.equal(directory.find({ userId: '29:megan' })?.approver, true);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['an unknown role', { users: [{ name: 'A', userId: 'u', roles: ['superAgent'] }] }, /users\.0\.roles\.0/],
    ['no identity', { users: [{ name: 'A', roles: ['salesAgent'] }] }, /needs an aadObjectId or a userId/],
    ['no role', { users: [{ name: 'A', userId: 'u', roles: [] }] }, /users\.0\.roles/],
    [
      'a duplicate user',
      {
        users: [
          { name: 'A', userId: 'u', roles: ['salesAgent'] },
          { name: 'B', userId: 'u', roles: ['adminAgent'] },
        ],
      },
      /u is listed twice/,
    ],
    [
      'an unknown field',
      { users: [{ name: 'A', userId: 'u', roles: ['salesAgent'], admin: true }] },
      /admin/,
    ],
    ['not an object', [], /the file/],
  ];
  for (const [what, json, message] of invalid) {
    it(`refuses a file with ${what}`, () => {
      assert.throws(() => RoleDirectory.fromJson(json), message);
    });
  }

  describe('in the configuration', () => {
    function write(json: unknown): string {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'rd-roles-')), 'roles.json');
      writeFileSync(file, JSON.stringify(json));
      return file;
    }

    it('loads ROLES_FILE', () => {
      const config = loadConfig({
        ROLES_FILE: write({ users: [{ name: 'A', userId: 'u', roles: ['adminAgent'] }] }),
      });
      assert.deepEqual(config.roles.find({ userId: 'u' })?.roles, ['adminAgent']);
    });

    it('reports a malformed roles file in one line naming ROLES_FILE', () => {
      const file = write({ users: [{ name: 'A', userId: 'u', roles: ['owner'] }] });
      assert.throws(
        () => loadConfig({ ROLES_FILE: file }),
        (error: unknown) =>
          error instanceof ConfigError &&
          error.problems.length === 1 &&
          /^ROLES_FILE ".*roles.json" is not a valid roles file: users\.0\.roles\.0/.test(error.problems[0]),
      );
    });

    it('gives the Agents Playground personas their demo roles in sandbox mode without a roles file', () => {
      const roles = loadConfig({}).roles;
      assert.deepEqual(roles.find({ userId: 'user-id-0' })?.roles, ['salesAgent']);
      assert.equal(roles.find({ aadObjectId: '00000000-0000-0000-0000-0000000000021' })?.approver, true);
      assert.deepEqual(roles.find({ userId: 'user-id-2' })?.roles, ['helpdeskAgent']);
    });

    it('grants nobody anything in live mode without a roles file', () => {
      const live = {
        PARTNER_CENTER: 'live',
        PC_CLIENT_ID: '6a1f1c3e-2b7d-4c1a-9f0e-3d2c1b0a9f8e',
        PC_TENANT_ID: '6a1f1c3e-2b7d-4c1a-9f0e-3d2c1b0a9f8e',
        PC_CLIENT_SECRET: 'secret',
        PC_REFRESH_TOKEN: 'token',
        PC_TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
        EVIDENCE_LINK_KEY: Buffer.alloc(32, 4).toString('base64'),
        PUBLIC_BASE_URL: 'https://desk.example',
      };
      assert.equal(loadConfig(live).roles.members.length, 0);
    });
  });
});
