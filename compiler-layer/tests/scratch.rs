mod common;
#[test]
#[ignore]
fn scratch() {
    let src = std::env::var("SRC").unwrap_or_default();
    let src = std::fs::read_to_string(&src).unwrap_or(src);
    println!("{}", common::dis(&src));
}
