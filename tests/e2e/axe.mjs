// axe-core's WCAG 2.0/2.1 A and AA rules run on a page as it stands (issue 19). The source is
// evaluated through the DevTools protocol, so the page's CSP does not stop it and the page
// itself loads nothing extra.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The violations on `page` (or inside `include`), each as "rule: n × target, …". */
export async function axeViolations(page, include) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(source);
  const result = await page.evaluate(
    async ({ tags, include }) => {
      const r = await window.axe.run(include ? { include: [].concat(include) } : document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary, data: n.any[0] && n.any[0].data })) }));
    },
    { tags: TAGS, include },
  );
  return result;
}

/** One line per violation: rule id, count and the first targets. */
export function describeViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}) × ${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target).join(" | ")}`);
}
