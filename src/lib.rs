//! hall-rules: the service-window regulation as a rules engine for government service halls.
//!
//! The core (`calendar`, `deadline`, `ruleset`, …) is plain Rust; `js` is the one thin
//! wasm-bindgen layer that converts values and calls it. Every finding names its rule ID from
//! REGULATIONS.md (DL-*, CAL-*, CASE-*, CON-*, SUP-*).

pub mod calendar;
#[cfg(feature = "validation")]
pub mod case;
#[cfg(feature = "conduct")]
pub mod conduct;
pub mod deadline;
pub mod engine;
pub mod error;
pub mod fieldmap;
pub mod finding;
pub mod input;
pub mod json_path;
pub mod messages;
pub mod report;
pub mod ruleset;
pub mod sort;
#[cfg(feature = "supervision")]
pub mod supervision;
pub mod text;
pub mod time;

pub mod js;

pub use engine::{Engine, EngineConfig};
pub use error::{Error, ErrorCode};
pub use messages::Locale;

// Talc instead of the default dlmalloc in the .wasm: a batch allocates and frees millions of
// small strings, and talc is both smaller (about 2.3 KB gzip less) and quicker at it.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
