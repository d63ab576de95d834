// Checks that files meant for old portal pages use ES5 syntax only (no let/const, arrow
// functions, classes, template literals, spread, destructuring, default parameters, shorthand
// properties, for…of, async, ?. or ??, trailing commas in calls). Parses with TypeScript.
// Usage: node tests/package/es5-check.mjs file.js … ; prints one line per problem, exits 1 on any.
import { readFileSync } from "node:fs";
import ts from "typescript";

const K = ts.SyntaxKind;
const banned = new Map([
  [K.ArrowFunction, "arrow function"],
  [K.ClassDeclaration, "class"],
  [K.ClassExpression, "class"],
  [K.TemplateExpression, "template literal"],
  [K.NoSubstitutionTemplateLiteral, "template literal"],
  [K.TaggedTemplateExpression, "tagged template"],
  [K.SpreadElement, "spread"],
  [K.SpreadAssignment, "object spread"],
  [K.ObjectBindingPattern, "destructuring"],
  [K.ArrayBindingPattern, "destructuring"],
  [K.ShorthandPropertyAssignment, "shorthand property"],
  [K.ForOfStatement, "for…of"],
  [K.AwaitExpression, "await"],
  [K.YieldExpression, "yield"],
  [K.ComputedPropertyName, "computed property name"],
  [K.QuestionDotToken, "optional chaining"],
  [K.QuestionQuestionToken, "??"],
  [K.AsteriskAsteriskToken, "**"],
  [K.ImportDeclaration, "import"],
  [K.ExportDeclaration, "export"],
  [K.BigIntLiteral, "BigInt literal"],
]);

let problems = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const report = (node, what) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    console.log(`${file}:${line + 1}:${character + 1}: ${what} is not ES5`);
    problems++;
  };
  for (const d of sf.parseDiagnostics ?? []) {
    console.log(`${file}: syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    problems++;
  }
  const visit = (node) => {
    if (banned.has(node.kind)) report(node, banned.get(node.kind));
    if (ts.isVariableDeclarationList(node) && node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) report(node, "let/const");
    if ((ts.isFunctionLike(node) || ts.isMethodDeclaration(node)) && node.modifiers?.some((m) => m.kind === K.AsyncKeyword)) report(node, "async");
    if (ts.isFunctionLike(node) && node.asteriskToken) report(node, "generator");
    if (ts.isParameter(node) && (node.initializer || node.dotDotDotToken)) report(node, "default/rest parameter");
    if (ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent)) report(node, "method shorthand");
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.hasTrailingComma) report(node, "trailing comma in a call");
    if (ts.isFunctionLike(node) && node.parameters?.hasTrailingComma) report(node, "trailing comma in parameters");
    if (ts.isRegularExpressionLiteral(node) && /\/[gimuy]*[suyd][gimuy]*$/.test(node.text) && /[uysd]/.test(node.text.slice(node.text.lastIndexOf("/")))) report(node, "regexp flag u/y/s/d");
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
if (problems) process.exit(1);
console.log(`es5-check: ${process.argv.length - 2} files, ES5 syntax only`);
