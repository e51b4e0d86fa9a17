import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One regular expression written in the sources, with where it is. */
export interface RegexSite {
  source: string;
  flags: string;
  where: string;
}

function* tsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

const stringValue = (node: ts.Node | undefined): string | undefined =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

/**
 * Every regex in the TypeScript sources under `root`: literals, `new RegExp('…')` and `RegExp(NAME)`
 * with a string constant, and JSON Schema `pattern` strings (ajv turns them into regexes too).
 * A `RegExp` built from anything else is reported with `source` empty, so the check can refuse it.
 */
export function regexSites(root: string): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const file of tsFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const constants = new Map<string, string>();
    const collect = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        const value = stringValue(node.initializer);
        if (value !== undefined) constants.set(node.name.text, value);
      }
      ts.forEachChild(node, collect);
    };
    collect(sf);
    const at = (node: ts.Node) =>
      `${relative(process.cwd(), file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const resolve = (node: ts.Node | undefined): string | undefined =>
      stringValue(node) ?? (node && ts.isIdentifier(node) ? constants.get(node.text) : undefined);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const end = literal.lastIndexOf('/');
        sites.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: at(node) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        sites.push({ source: resolve(pattern) ?? '', flags: resolve(flags) ?? '', where: at(node) });
      } else if (
        ts.isPropertyAssignment(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'pattern' &&
        resolve(node.initializer) !== undefined
      ) {
        sites.push({ source: resolve(node.initializer) ?? '', flags: 'u', where: at(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}
