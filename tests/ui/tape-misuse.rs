use gradus::{Float, Tape};

// A variable must not outlive a `clear` of its tape: the borrow checker refuses it.
fn use_after_clear() {
    let mut tape = Tape::new();
    let x = tape.var(1.0);
    tape.clear();
    let _ = x.sin();
}

fn main() {
    use_after_clear();
}
