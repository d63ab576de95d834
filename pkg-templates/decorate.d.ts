// Types of decorate(): the table decorator.
// The engine's types come from the nodejs build's declarations: the same API, and no DOM types,
// so a project without lib "dom" compiles (decorate() then takes `never`: there is no table).
import type { CaseRecord, DeadlineBatch, DeadlineLabels, Engine, EngineConfig, InstantInput, Locale, Status } from "./nodejs/hall_rules.js";

/** A DOM class's instance type when the project has lib "dom", else `never`. */
export type DomInstance<K extends string> = typeof globalThis extends Record<K, { prototype: infer T }> ? T : never;
/** HTMLTableElement, with lib "dom". */
export type TableElement = DomInstance<"HTMLTableElement">;
/** HTMLTableRowElement, with lib "dom". */
export type TableRowElement = DomInstance<"HTMLTableRowElement">;

/** A column: its 0-based column in the table's grid (colspans counted, added cells not), or the text of its lowest header cell (exact, else contained). */
export type ColumnRef = number | string;

/** What decorate() needs of an engine: an `Engine`, or anything with the same batch method. */
export type DecorateEngine = Pick<Engine, "assessDeadlines"> & { readonly locale?: string };

export interface DecorateLabels {
  header: string;
  green: string;
  yellow: string;
  red: string;
  /** The badge of a finished case (status `done_on_time` / `done_late`): finished cases show how they finished, not a card. */
  done_on_time: string;
  done_late: string;
  /** The badge of a case the engine could not assess (status `invalid`). */
  none: string;
  caseLabel: string;
  dueLabel: string;
  timeZone: string;
  provisional: string;
  paused: string;
  open: string;
  close: string;
  sep: string;
  status: Record<Status, string>;
  /** Phrases of the sentence a screen reader gives for a decorated cell (the engine's `deadlineLabels().spoken`). */
  spoken: DeadlineLabels["spoken"];
}

export interface DecorateOptions {
  /** The engine that assesses the rows: one `assessDeadlines` call per (re)decoration. */
  engine: DecorateEngine;
  /**
   * Any field of a case record read from a column, by field name (`limit`, `concludedAt`,
   * `pauses`… or a portal field of the engine's `fieldMap`; `"a.b"` for a nested one):
   * `{ category: "办件类型", receivedAt: "受理时间", limit: "承诺时限", concludedAt: "办结时间" }`.
   * Each value is the cell's text; the engine reads it (times as portals write them, limits such
   * as 10个工作日, an empty cell as absent) and applies its fieldMap and valueMap.
   */
  columns?: Record<string, ColumnRef>;
  /** Same as `columns.id`. */
  idColumn?: ColumnRef;
  /** Same as `columns.category`. */
  categoryColumn?: ColumnRef;
  /** Same as `columns.receivedAt`. */
  receivedColumn?: ColumnRef;
  /** Reads a case from a row instead of the columns (any record shape the engine's fieldMap reads); null or undefined skips the row. */
  readRow?: (row: TableRowElement) => CaseRecord | object | null | undefined;
  /** The moment to assess at: an instant (`"2026-03-10 10:00"`, epoch ms, a `Date`), or a function asked at each decoration. Default: the clock at each decoration. */
  now?: InstantInput | (() => InstantInput);
  /** Language of the badges and titles (default: the engine's locale). */
  locale?: Locale;
  /** A header row (element or index in table.rows): the header is it and the rows its rowspans join; default: all of thead, else the first all-<th> rows. */
  headerRow?: TableRowElement | number;
  /** Milliseconds to wait after the page changes its rows (default 50). */
  debounce?: number;
  /** Watch the table for changes (default true). */
  observe?: boolean;
  /** Inline colours and spacing on the badges (default true); false leaves styling to your CSS. */
  styles?: boolean;
  labels?: Partial<Omit<DecorateLabels, "status" | "spoken">> & { status?: Partial<Record<Status, string>>; spoken?: Partial<DeadlineLabels["spoken"]> };
  /**
   * Leave out rows the page hides (the `hidden` attribute, `display: none`): they get no badge
   * and are not in `result.summary`, and are read when the page shows them again. Default
   * false: every row is read, and the summary counts hidden rows too.
   */
  skipHidden?: boolean;
  /** Called after each decoration with the batch and the rows that were assessed, in order. */
  onUpdate?: (batch: DeadlineBatch, rows: TableRowElement[]) => void;
  /** Called when a re-decoration triggered by a page change fails (default: console.error). */
  onError?: (error: Error) => void;
}

export interface DecorateHandle {
  readonly table: TableElement;
  /** Reads the rows again and re-decorates them now. Null only before a deferred decoration has run. */
  refresh(): DeadlineBatch | null;
  /** Stops watching the table; with `true`, also removes every cell decorate() added. */
  disconnect(removeCells?: boolean): void;
  /** The last batch. Its summary counts every row read (hidden rows too, unless `skipHidden`). */
  readonly result: DeadlineBatch | null;
  /** Resolves to the first batch (at once, unless the classic loader is still loading the engine). */
  readonly ready: Promise<DeadlineBatch | null>;
}

/** Adds a card badge and the due time to every body row of `table`, and keeps them up to date. */
export declare function decorate(table: TableElement, options: DecorateOptions): DecorateHandle;

/** Classic pages: options.engine is optional there (one is made for `locale`, or from `config`). */
export interface ClassicDecorateOptions extends Omit<DecorateOptions, "engine"> {
  engine?: DecorateEngine;
  config?: EngineConfig;
}
