//! What the targets share: one default engine for the whole run, since building the
//! calendar tables is the costly part.

pub fn engine() -> &'static hall_rules::Engine {
    static E: std::sync::OnceLock<hall_rules::Engine> = std::sync::OnceLock::new();
    E.get_or_init(hall_rules::Engine::with_defaults)
}
