//! Sandbox paths: a Python `str` split into components, with no host meaning.
//!
//! **Invariant:** a sandbox path is only ever a list of names looked up in the
//! in-memory tree. It is never handed to `std::fs` or `std::path`, so `..`,
//! absolute paths, `\`, drive letters or names that look like host symlinks
//! cannot leave the sandbox: `..` at the root stays at the root, as in POSIX.

use crate::error::Errno;

/// The longest name a directory entry may have (POSIX `NAME_MAX`).
pub const NAME_MAX: usize = 255;

/// One step of a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Component {
    /// `.`
    Current,
    /// `..`
    Parent,
    /// Any other name (never empty, never contains `/`).
    Name(String),
}

/// A parsed path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SandboxPath {
    /// Starts at the root (`/…`) rather than the current directory.
    pub absolute: bool,
    pub components: Vec<Component>,
    /// Ends with `/`: the target must be a directory.
    pub trailing_slash: bool,
}

impl SandboxPath {
    /// Parses `path`. Empty paths are `ENOENT` (as `open('')` is); NUL bytes
    /// are `EINVAL`; names longer than [`NAME_MAX`] are `ENAMETOOLONG`.
    pub fn parse(path: &str) -> Result<SandboxPath, Errno> {
        if path.is_empty() {
            return Err(Errno::ENOENT);
        }
        if path.contains('\0') {
            return Err(Errno::EINVAL);
        }
        let mut components = Vec::new();
        for part in path.split('/') {
            match part {
                "" => {}
                "." => components.push(Component::Current),
                ".." => components.push(Component::Parent),
                name if name.len() > NAME_MAX => return Err(Errno::ENAMETOOLONG),
                name => components.push(Component::Name(name.to_string())),
            }
        }
        Ok(SandboxPath {
            absolute: path.starts_with('/'),
            components,
            trailing_slash: path.len() > 1 && path.ends_with('/'),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses() {
        let p = SandboxPath::parse("/a//./b/../c/").unwrap_or_else(|e| panic!("{e:?}"));
        assert!(p.absolute && p.trailing_slash);
        assert_eq!(
            p.components,
            vec![
                Component::Name("a".into()),
                Component::Current,
                Component::Name("b".into()),
                Component::Parent,
                Component::Name("c".into()),
            ]
        );
        assert_eq!(SandboxPath::parse(""), Err(Errno::ENOENT));
        assert_eq!(SandboxPath::parse("a\0b"), Err(Errno::EINVAL));
        assert_eq!(SandboxPath::parse(&"x".repeat(256)), Err(Errno::ENAMETOOLONG));
        let root = SandboxPath::parse("/").unwrap_or_else(|e| panic!("{e:?}"));
        assert!(root.absolute && !root.trailing_slash && root.components.is_empty());
    }
}
