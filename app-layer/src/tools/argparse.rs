//! The small part of Python's `argparse` that the tool modules need: long
//! options matched by unique prefix, `--opt=value`, bundled short flags,
//! attached short values (`-i2`), one optional positional, and argparse's
//! error wording (`usage: ...` then `PROG: error: ...`, exit status 2).

/// One option of a tool: its short letter, long name and whether it takes a value.
pub struct OptSpec {
    pub short: Option<char>,
    pub long: &'static str,
    pub takes_value: bool,
}

/// What the scanner found, in order.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// An option (by long name) and its value, if it takes one.
    Opt(&'static str, Option<String>),
    /// A positional argument.
    Positional(String),
}

/// Scans `args` against `specs`; `Err` is argparse's message (after `error: `).
pub fn scan(args: &[String], specs: &[OptSpec]) -> Result<Vec<Found>, String> {
    let mut found = Vec::new();
    let mut i = 0;
    let mut only_positionals = false;
    while let Some(arg) = args.get(i) {
        i += 1;
        if only_positionals || arg == "-" || !arg.starts_with('-') {
            found.push(Found::Positional(arg.clone()));
        } else if arg == "--" {
            only_positionals = true;
        } else if let Some(long) = arg.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((name, value)) => (name, Some(value.to_string())),
                None => (long, None),
            };
            let matches: Vec<&OptSpec> = specs.iter().filter(|s| s.long.starts_with(name)).collect();
            let spec = match matches.as_slice() {
                [] => return Err(format!("unrecognized arguments: {arg}")),
                [one] => *one,
                many => match many.iter().find(|s| s.long == name) {
                    Some(exact) => *exact,
                    None => {
                        let names: Vec<String> = many.iter().map(|s| format!("--{}", s.long)).collect();
                        return Err(format!("ambiguous option: --{name} could match {}", names.join(", ")));
                    }
                },
            };
            let value = if !spec.takes_value {
                if inline.is_some() {
                    return Err(format!(
                        "argument {}: ignored explicit argument '{}'",
                        label(spec),
                        inline.unwrap_or_default()
                    ));
                }
                None
            } else if inline.is_some() {
                inline
            } else if let Some(next) = args.get(i) {
                i += 1;
                Some(next.clone())
            } else {
                return Err(format!("argument {}: expected one argument", label(spec)));
            };
            found.push(Found::Opt(spec.long, value));
        } else {
            // A bundle of short options: `-a`, `-ai2`, `-i 2`.
            let letters = &arg[1..];
            for (at, letter) in letters.char_indices() {
                let Some(spec) = specs.iter().find(|s| s.short == Some(letter)) else {
                    return Err(format!("unrecognized arguments: {arg}"));
                };
                if !spec.takes_value {
                    found.push(Found::Opt(spec.long, None));
                    continue;
                }
                let attached = &letters[at + letter.len_utf8()..];
                let value = if !attached.is_empty() {
                    attached.to_string()
                } else if let Some(next) = args.get(i) {
                    i += 1;
                    next.clone()
                } else {
                    return Err(format!("argument {}: expected one argument", label(spec)));
                };
                found.push(Found::Opt(spec.long, Some(value)));
                break;
            }
        }
    }
    Ok(found)
}

/// How argparse names an option in errors: `-i/--indent`.
pub fn label(spec: &OptSpec) -> String {
    match spec.short {
        Some(c) => format!("-{c}/--{}", spec.long),
        None => format!("--{}", spec.long),
    }
}
