//! hall-rules: the service-window regulation as a rules engine for government service halls.
//!
//! The core (`calendar`, `deadline`, `ruleset`, …) is plain Rust; `js` is the one thin
//! wasm-bindgen layer that converts values and calls it. Every finding names its rule ID from
//! REGULATIONS.md (DL-*, CAL-*, CASE-*, CON-*, SUP-*).
//!
//! Build an engine once, from the portal's configuration, and assess cases with it. Instants
//! are Beijing time (UTC+08:00) whatever the host's time zone; "now" is always the caller's.
//!
//! ```
//! use hall_rules::deadline::{Card, Status};
//! use hall_rules::time::parse_instant;
//! use hall_rules::Engine;
//!
//! // English messages; every other setting is REGULATIONS.md's default.
//! let engine = Engine::from_json(r#"{ "locale": "en" }"#)?;
//!
//! // A promised case (承诺件, DL-2) received on Thursday 12 February 2026: three working
//! // days (13th, the 14th worked in place of a holiday day, 24th), due at the 24th's close.
//! let case = r#"{ "id": "A-1", "category": "承诺件", "receivedAt": "2026-02-12T10:00" }"#;
//! let now = parse_instant("2026-02-13T10:00", "now")?;
//! let report = engine.assess_deadline_json(Ok(case), now);
//! assert_eq!(report.status, Status::OnTrack);
//! assert_eq!(report.card, Some(Card::Green));
//! assert_eq!(report.due_at, Some(parse_instant("2026-02-24T17:30", "")?));
//!
//! // A record that cannot be read is an invalid report that says why, never a panic.
//! let report = engine.assess_deadline_json(Ok(r#"{ "id": "A-2" }"#), now);
//! assert_eq!(report.status, Status::Invalid);
//! assert!(!report.findings.is_empty());
//! # Ok::<(), hall_rules::Error>(())
//! ```

#![warn(missing_docs)]

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
pub mod json_objects;
pub mod json_path;
pub mod messages;
pub mod report;
pub mod ruleset;
pub mod sort;
pub mod str_index;
pub mod str_map;
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
