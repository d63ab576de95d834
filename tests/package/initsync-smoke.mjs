// ESM with initSync and the .wasm bytes, the way any Node version can load the web build.
import { readFileSync } from "node:fs";
import { initSync, Engine, columnCodes } from "hall-rules";
import { createRequire } from "node:module";

const smoke = createRequire(import.meta.url)("./smoke-shared.cjs");
initSync({ module: readFileSync(new URL("./node_modules/hall-rules/web/hall_rules_bg.wasm", import.meta.url)) });
console.log(JSON.stringify(smoke({ Engine, columnCodes })));
