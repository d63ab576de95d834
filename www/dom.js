// The demo's DOM building, shared by every tab: elements made with createElement /
// createElementNS and textContent, so that no data ever reaches an HTML parser.

/**
 * h("div", { className: "x", dataset: { a: "1" }, on: { click: fn }, "aria-label": "…" }, child…)
 * Children are nodes or strings (always text nodes). Attributes are set as attributes, never
 * as markup.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  applyAttrs(el, attrs, true);
  append(el, children);
  return el;
}

function applyAttrs(el, attrs, isSvg = false) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "on") {
      for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    } else if (k === "dataset") {
      for (const [dk, dv] of Object.entries(v)) if (dv != null) el.dataset[dk] = String(dv);
    } else if (k === "className") {
      if (isSvg) el.setAttribute("class", v);
      else el.className = v;
    } else if (k === "text") {
      el.textContent = String(v);
    } else if (!isSvg && (k === "value" || k === "checked" || k === "disabled" || k === "selected")) {
      el[k] = v;
    } else {
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export const $ = (id) => document.getElementById(id);
