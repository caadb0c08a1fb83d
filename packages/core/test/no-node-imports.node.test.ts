// The workerd pool forces nodejs_compat on, so the workerd run cannot notice a Node-only
// import in the core. This test reads packages/core/src and fails on any `node:` import,
// bare Node built-in import (e.g. 'crypto'), require(), or use of the Buffer / process globals.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const nodeBuiltins = new Set(builtinModules);
const nodeGlobals = new Set(['Buffer', 'process', 'require', '__dirname', '__filename']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(m|c)?[jt]s$/.test(entry.name) ? [path] : [];
  });
}

function isNodeSpecifier(specifier: string): boolean {
  return (
    specifier.startsWith('node:') || nodeBuiltins.has(specifier) || nodeBuiltins.has(specifier.split('/')[0] ?? '')
  );
}

// A bare identifier that refers to a global, not a property name (`x.process`) or a key.
function isGlobalReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (
    (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  if (ts.isPropertyDeclaration(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  return true;
}

function nodeOnlyUses(label: string, text: string): string[] {
  const source = ts.createSourceFile(label, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${label}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (isNodeSpecifier(node.moduleSpecifier.text)) found.push(`${at(node)} imports '${node.moduleSpecifier.text}'`);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg !== undefined && ts.isStringLiteralLike(arg) && isNodeSpecifier(arg.text))
        found.push(`${at(node)} imports '${arg.text}'`);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal) && isNodeSpecifier(arg.literal.text)) {
        found.push(`${at(node)} imports type from '${arg.literal.text}'`);
      }
    } else if (ts.isIdentifier(node) && nodeGlobals.has(node.text) && isGlobalReference(node)) {
      found.push(`${at(node)} uses the Node global '${node.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('packages/core/src runs without nodejs_compat', () => {
  const files = sourceFiles(srcDir);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has no node: imports, Node built-in imports, require() or Buffer/process globals', () => {
    const uses = files.flatMap((file) => nodeOnlyUses(relative(srcDir, file), readFileSync(file, 'utf8')));
    expect(uses).toEqual([]);
  });

  it('flags each kind of Node-only use (self-check of the scanner)', () => {
    const scan = (code: string) => nodeOnlyUses('probe.ts', code).length;
    expect(isNodeSpecifier('node:crypto')).toBe(true);
    expect(isNodeSpecifier('crypto')).toBe(true);
    expect(isNodeSpecifier('fs/promises')).toBe(true);
    expect(isNodeSpecifier('./md5.js')).toBe(false);
    expect(scan("import { createHash } from 'node:crypto';")).toBe(1);
    expect(scan("export { webcrypto } from 'crypto';")).toBe(1);
    expect(scan("const m = await import('node:buffer'); type H = import('node:crypto').Hash;")).toBe(2);
    expect(scan("const fs = require('fs');")).toBe(1);
    expect(scan('const b = Buffer.from("x"); const e = process.env;')).toBe(2);
    expect(scan("import { md5 } from './md5.js'; // Buffer, process: only in a comment")).toBe(0);
    expect(scan('const o = { process: 1 }; o.process; type T = { Buffer: 1 };')).toBe(0);
  });
});
