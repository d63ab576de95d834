//! One suite, three runtimes: native `cargo test`, and wasm-bindgen-test in Node and in
//! headless Chromium (`WASM_BINDGEN_USE_BROWSER=1`). The bodies are the same everywhere.

mod calendar;
#[cfg(feature = "conduct")]
mod conduct;
mod deadline;
mod fidelity;
#[cfg(feature = "notices")]
mod notices;
mod official_days;
mod portal_data;
#[cfg(all(feature = "validation", feature = "conduct", feature = "supervision"))]
mod review_three;
#[cfg(feature = "supervision")]
mod supervision;
mod support;
#[cfg(all(feature = "validation", feature = "conduct", feature = "supervision"))]
mod typography;
#[cfg(feature = "validation")]
mod validation;

#[cfg(not(target_arch = "wasm32"))]
mod properties;

#[cfg(all(
    target_arch = "wasm32",
    feature = "validation",
    feature = "conduct",
    feature = "supervision"
))]
mod js_api;
