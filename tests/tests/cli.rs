//! The command line's own behaviour: options, usage errors, missing files.
//! Messages mirror python3's, with `strata` for the program name.

use tests::strata;

#[test]
fn version_and_help() {
    let out = strata(&["-V"], b"");
    assert_eq!((out.status, out.stdout.as_str()), (0, "Strata 0.1.0 (Python 3.11)\n"));
    let out = strata(&["-h"], b"");
    assert_eq!(out.status, 0);
    assert!(out.stdout.starts_with("usage: strata [option] ..."));
}

#[test]
fn usage_errors_exit_2() {
    let out = strata(&["-z"], b"");
    assert_eq!(out.status, 2);
    assert!(out.stderr.starts_with("Unknown option: -z\nusage: strata"));
    let out = strata(&["-c"], b"");
    assert_eq!(out.status, 2);
    assert!(out.stderr.starts_with("Argument expected for the -c option\n"));
}

#[test]
fn missing_file_is_named_absolutely_and_exits_2() {
    let out = strata(&["/nonexistent/dir/x.py"], b"");
    assert_eq!(out.status, 2);
    assert_eq!(
        out.stderr,
        "strata: can't open file '/nonexistent/dir/x.py': [Errno 2] No such file or directory\n"
    );
}

#[test]
fn undecodable_file_is_reported_like_python3() {
    let dir = std::env::temp_dir().join(format!("strata-cli-test-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join("bad.py");
    let _ = std::fs::write(&file, b"x = 1\n\xff\n");
    let path = file.to_string_lossy().into_owned();
    let out = strata(&[&path], b"");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status, 1);
    assert_eq!(
        out.stderr,
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {path} on line 2, \
             but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
        )
    );
}

#[test]
fn unknown_module_and_ast_usage() {
    let out = strata(&["-m", "no_such_module_here"], b"");
    assert_eq!((out.status, out.stderr.as_str()), (1, "strata: No module named no_such_module_here\n"));
    let out = strata(&["-m", "ast", "-m", "bogus"], b"");
    assert_eq!(out.status, 2);
    assert!(out.stderr.ends_with(
        "strata -m ast: error: argument -m/--mode: invalid choice: 'bogus' \
         (choose from 'exec', 'single', 'eval', 'func_type')\n"
    ));
}
