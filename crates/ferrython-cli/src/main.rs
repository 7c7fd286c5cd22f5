//! The `ferrython` command (being written).
fn main() {
    println!("ferrython");
}
