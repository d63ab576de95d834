// CommonJS: the package's "require" entry (the nodejs build), no init needed.
const api = require("hall-rules");
const { decorate } = require("hall-rules/decorate");
const results = require("./smoke-shared.cjs")(api);
results.push({ name: "require('hall-rules/decorate').decorate", ok: typeof decorate === "function", detail: "" });
console.log(JSON.stringify(results));
