//! Placeholder entry point, replaced by the real one in the next commit.
fn main() {}
