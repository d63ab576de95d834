// tsc --noEmit --strict through require(): the nodejs build's types and decorate's CommonJS types.
import hallRules = require("hall-rules");
import decorateModule = require("hall-rules/decorate");

export function usage(table: HTMLTableElement): number {
  const engine = new hallRules.Engine({ locale: "zh-CN" });
  const report: hallRules.DeadlineReport = engine.assessDeadline({ id: "P-1", category: "promised", receivedAt: "2026-02-12T10:00" }, "2026-02-13T10:00");
  const codes: hallRules.ColumnCodes = hallRules.columnCodes();
  const handle: decorateModule.DecorateHandle = decorateModule.decorate(table, { engine, categoryColumn: 1, receivedColumn: 2 });
  handle.disconnect();
  engine.free();
  return (report.card === "green" ? 1 : 0) + codes.status.length;
}
