//! One suite, three runtimes: native `cargo test`, and wasm-bindgen-test in Node and in
//! headless Chromium (`WASM_BINDGEN_USE_BROWSER=1`). The bodies are the same everywhere.

mod calendar;
mod conduct;
mod deadline;
mod official_days;
mod supervision;
mod support;
mod validation;

#[cfg(not(target_arch = "wasm32"))]
mod properties;

#[cfg(target_arch = "wasm32")]
mod js_api;
