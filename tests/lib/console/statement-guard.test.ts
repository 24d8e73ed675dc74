import { describe, expect, it } from 'vitest';
import { refusalKind } from '../../../src/lib/console/refusal.ts';
import { refusedStatement, statementKeywords } from '../../../src/lib/console/statement-guard.ts';

describe('statement keywords', () => {
  it('finds the first keyword of every statement, past comments and quoted text', () => {
    expect(statementKeywords("-- INSTALL x\nSELECT 'INSTALL; x'; /* LOAD */ load httpfs;\n  force   install httpfs")).toEqual([
      'SELECT',
      'LOAD',
      'FORCE INSTALL',
    ]);
    expect(statementKeywords('SELECT "a;b" FROM t; $$ ; $$; INSTALL x')).toEqual(['SELECT', 'INSTALL']);
    expect(statementKeywords("SELECT 'it''s; fine'")).toEqual(['SELECT']);
    expect(statementKeywords(';;  ')).toEqual([]);
  });
});

describe('refused statements', () => {
  it('refuses INSTALL and FORCE INSTALL anywhere in a script', () => {
    expect(refusedStatement('INSTALL httpfs')).toBe('INSTALL');
    expect(refusedStatement('select 1;\ninstall httpfs;')).toBe('INSTALL');
    expect(refusedStatement('FORCE INSTALL spatial FROM community')).toBe('FORCE INSTALL');
  });

  it('lets everything else through to the engine, which has its own lockdown', () => {
    expect(refusedStatement("SELECT 'INSTALL httpfs' AS text")).toBeNull();
    expect(refusedStatement('-- INSTALL httpfs\nSELECT 1')).toBeNull();
    expect(refusedStatement('SELECT install FROM t')).toBeNull();
  });
});

describe('refusal messages', () => {
  it('tells the lockdown’s refusals from ordinary errors', () => {
    expect(refusalKind('Permission Error: Cannot access file "https://x/y.csv" - file system operations are disabled by configuration')).toBe(
      'network-or-files',
    );
    expect(refusalKind('Permission Error: Loading external extensions is disabled through configuration')).toBe('extensions');
    expect(refusalKind('Invalid Input Error: Cannot change configuration option "lock_configuration" - the configuration has been locked')).toBe('settings');
    expect(refusalKind('Binder Error: Referenced column "x" not found')).toBeNull();
  });
});
