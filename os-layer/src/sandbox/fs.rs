//! The sandbox's in-memory file system.
//!
//! A tree of nodes (inodes) kept in a table: a directory maps names to node
//! numbers; a file holds its bytes. Paths are walked component by component
//! from the root or from the current directory, with POSIX's rules (`..` at
//! the root is the root; a file in the middle of a path is `ENOTDIR`).
//!
//! **Invariant:** `bytes` is the sum of the lengths of every file node in the
//! table, linked or not; no operation leaves it above `max_bytes`.
//! **Invariant:** a file that is removed while open stays readable through its
//! descriptors (POSIX unlink semantics) and is dropped on its last close.
//!
//! Methods return a bare [`Errno`]; the caller attaches the path the program
//! gave, so messages show the program's own spelling.

use std::collections::{BTreeMap, HashMap};

use crate::backend::{FileKind, Metadata, OpenOptions};
use crate::error::Errno;
use crate::sandbox::path::{Component, SandboxPath};

/// A node number.
pub type NodeId = u64;

/// The root directory's node number.
pub const ROOT: NodeId = 0;

#[derive(Debug)]
enum Data {
    File(Vec<u8>),
    Dir(BTreeMap<String, NodeId>),
}

#[derive(Debug)]
struct Node {
    data: Data,
    mtime_ns: i64,
    /// Embedder-protected: cannot be written, truncated, removed or renamed.
    readonly: bool,
    /// Still has a name in some directory.
    linked: bool,
    /// Number of open descriptors.
    open: u32,
}

/// What a path names, for operations that may create it.
enum Target {
    /// The last component is a name in directory `dir`; `existing` is set if
    /// that name is already there.
    Entry { dir: NodeId, name: String, existing: Option<NodeId> },
    /// The path ends in `.`, `..` or is `/`: an existing directory with no
    /// name of its own here.
    Anchor(NodeId),
}

/// An in-memory file system.
#[derive(Debug)]
pub struct MemFs {
    nodes: HashMap<NodeId, Node>,
    next_id: NodeId,
    bytes: u64,
    max_bytes: Option<u64>,
}

impl MemFs {
    /// An empty file system: just `/`, holding at most `max_bytes` of file data.
    pub fn new(max_bytes: Option<u64>, now_ns: i64) -> MemFs {
        let mut nodes = HashMap::new();
        nodes.insert(ROOT, dir_node(now_ns));
        MemFs { nodes, next_id: ROOT + 1, bytes: 0, max_bytes }
    }

    /// Total bytes of file data held.
    pub fn bytes_used(&self) -> u64 {
        self.bytes
    }

    // ---- path walking -------------------------------------------------------

    /// Walks `components` from `start` (with its ancestors `stack`), returning
    /// the node reached and the (name, node) chain from the root to it.
    fn walk(
        &self,
        mut chain: Vec<(String, NodeId)>,
        components: &[Component],
    ) -> Result<(NodeId, Vec<(String, NodeId)>), Errno> {
        let mut cur = chain.last().map_or(ROOT, |(_, id)| *id);
        for comp in components {
            let entries = self.dir_entries(cur)?;
            match comp {
                Component::Current => {}
                Component::Parent => {
                    chain.pop();
                    cur = chain.last().map_or(ROOT, |(_, id)| *id);
                }
                Component::Name(name) => {
                    let child = *entries.get(name).ok_or(Errno::ENOENT)?;
                    chain.push((name.clone(), child));
                    cur = child;
                }
            }
        }
        Ok((cur, chain))
    }

    /// The chain of the current directory, `cwd` given as names from the root.
    fn start(&self, cwd: &[String], path: &SandboxPath) -> Result<Vec<(String, NodeId)>, Errno> {
        if path.absolute {
            return Ok(Vec::new());
        }
        let comps: Vec<Component> = cwd.iter().map(|n| Component::Name(n.clone())).collect();
        let (id, chain) = self.walk(Vec::new(), &comps)?;
        self.dir_entries(id)?;
        Ok(chain)
    }

    /// Looks up an existing node, returning it and its names from the root.
    fn lookup_chain(&self, cwd: &[String], path: &str) -> Result<(NodeId, Vec<String>), Errno> {
        let p = SandboxPath::parse(path)?;
        let start = self.start(cwd, &p)?;
        let (id, chain) = self.walk(start, &p.components)?;
        if p.trailing_slash {
            self.dir_entries(id)?;
        }
        Ok((id, chain.into_iter().map(|(n, _)| n).collect()))
    }

    /// Looks up an existing node.
    pub fn lookup(&self, cwd: &[String], path: &str) -> Result<NodeId, Errno> {
        self.lookup_chain(cwd, path).map(|(id, _)| id)
    }

    /// Resolves `path` for an operation that may create or remove its last name.
    fn target(&self, cwd: &[String], path: &str) -> Result<(Target, bool), Errno> {
        let p = SandboxPath::parse(path)?;
        let start = self.start(cwd, &p)?;
        match p.components.split_last() {
            Some((Component::Name(name), init)) => {
                let (dir, _) = self.walk(start, init)?;
                let existing = self.dir_entries(dir)?.get(name).copied();
                let target = Target::Entry { dir, name: name.clone(), existing };
                Ok((target, p.trailing_slash))
            }
            _ => {
                let (id, _) = self.walk(start, &p.components)?;
                Ok((Target::Anchor(id), true))
            }
        }
    }

    // ---- node access --------------------------------------------------------

    fn node(&self, id: NodeId) -> Result<&Node, Errno> {
        self.nodes.get(&id).ok_or(Errno::EBADF)
    }

    fn node_mut(&mut self, id: NodeId) -> Result<&mut Node, Errno> {
        self.nodes.get_mut(&id).ok_or(Errno::EBADF)
    }

    fn dir_entries(&self, id: NodeId) -> Result<&BTreeMap<String, NodeId>, Errno> {
        match &self.node(id)?.data {
            Data::Dir(entries) => Ok(entries),
            Data::File(_) => Err(Errno::ENOTDIR),
        }
    }

    fn dir_entries_mut(&mut self, id: NodeId) -> Result<&mut BTreeMap<String, NodeId>, Errno> {
        match &mut self.node_mut(id)?.data {
            Data::Dir(entries) => Ok(entries),
            Data::File(_) => Err(Errno::ENOTDIR),
        }
    }

    fn is_dir(&self, id: NodeId) -> bool {
        matches!(self.nodes.get(&id).map(|n| &n.data), Some(Data::Dir(_)))
    }

    fn alloc(&mut self, node: Node) -> NodeId {
        let id = self.next_id;
        self.next_id += 1;
        self.nodes.insert(id, node);
        id
    }

    fn touch(&mut self, id: NodeId, now_ns: i64) {
        if let Some(node) = self.nodes.get_mut(&id) {
            node.mtime_ns = now_ns;
        }
    }

    /// Drops a node once it has no name and no open descriptor.
    fn collect(&mut self, id: NodeId) {
        let dead = self.nodes.get(&id).is_some_and(|n| !n.linked && n.open == 0);
        if dead {
            if let Some(Node { data: Data::File(bytes), .. }) = self.nodes.remove(&id) {
                self.bytes = self.bytes.saturating_sub(bytes.len() as u64);
            }
        }
    }

    /// Checks that growing file data by `grow` bytes stays within the limit.
    fn reserve(&self, grow: u64) -> Result<(), Errno> {
        let total = self.bytes.checked_add(grow).ok_or(Errno::ENOSPC)?;
        match self.max_bytes {
            Some(max) if total > max => Err(Errno::ENOSPC),
            _ => Ok(()),
        }
    }

    // ---- metadata -----------------------------------------------------------

    /// `stat` of a node.
    pub fn metadata(&self, id: NodeId) -> Result<Metadata, Errno> {
        let node = self.node(id)?;
        Ok(match &node.data {
            Data::File(bytes) => Metadata {
                kind: FileKind::File,
                size: bytes.len() as u64,
                mtime_ns: node.mtime_ns,
                mode: if node.readonly { 0o100_444 } else { 0o100_644 },
            },
            Data::Dir(entries) => Metadata {
                kind: FileKind::Dir,
                size: 4096 * (1 + entries.len() as u64 / 128),
                mtime_ns: node.mtime_ns,
                mode: 0o040_755,
            },
        })
    }

    /// Sorted names in a directory.
    pub fn listdir(&self, cwd: &[String], path: &str) -> Result<Vec<String>, Errno> {
        let id = self.lookup(cwd, path)?;
        Ok(self.dir_entries(id)?.keys().cloned().collect())
    }

    /// The names from the root to the directory `path` (for `chdir`).
    pub fn dir_chain(&self, cwd: &[String], path: &str) -> Result<Vec<String>, Errno> {
        let (id, chain) = self.lookup_chain(cwd, path)?;
        self.dir_entries(id)?;
        Ok(chain)
    }

    // ---- files --------------------------------------------------------------

    /// Opens (and maybe creates or truncates) a file; counts one descriptor.
    pub fn open(
        &mut self,
        cwd: &[String],
        path: &str,
        opts: &OpenOptions,
        now_ns: i64,
    ) -> Result<NodeId, Errno> {
        let writes = opts.write || opts.append;
        let creates = opts.create || opts.create_new;
        if !writes && (!opts.read || creates || opts.truncate) {
            return Err(Errno::EINVAL);
        }
        if opts.truncate && opts.append {
            return Err(Errno::EINVAL);
        }
        let (target, trailing) = self.target(cwd, path)?;
        let id = match target {
            Target::Anchor(_) => return Err(if opts.create_new { Errno::EEXIST } else { Errno::EISDIR }),
            Target::Entry { existing: Some(id), .. } => {
                if opts.create_new {
                    return Err(Errno::EEXIST);
                }
                if self.is_dir(id) {
                    return Err(Errno::EISDIR);
                }
                if trailing {
                    return Err(Errno::ENOTDIR);
                }
                let node = self.node(id)?;
                if node.readonly && writes {
                    return Err(Errno::EACCES);
                }
                if opts.truncate {
                    self.set_len(id, 0, now_ns)?;
                }
                id
            }
            Target::Entry { dir, name, existing: None } => {
                if !creates {
                    return Err(Errno::ENOENT);
                }
                if trailing {
                    return Err(Errno::EISDIR);
                }
                let id = self.alloc(file_node(Vec::new(), now_ns, false));
                self.dir_entries_mut(dir)?.insert(name, id);
                self.touch(dir, now_ns);
                id
            }
        };
        self.node_mut(id)?.open += 1;
        Ok(id)
    }

    /// Releases one descriptor of `id`.
    pub fn close(&mut self, id: NodeId) {
        if let Some(node) = self.nodes.get_mut(&id) {
            node.open = node.open.saturating_sub(1);
        }
        self.collect(id);
    }

    /// A file's bytes.
    pub fn data(&self, id: NodeId) -> Result<&[u8], Errno> {
        match &self.node(id)?.data {
            Data::File(bytes) => Ok(bytes),
            Data::Dir(_) => Err(Errno::EISDIR),
        }
    }

    fn file_mut(&mut self, id: NodeId) -> Result<&mut Vec<u8>, Errno> {
        let node = self.node_mut(id)?;
        if node.readonly {
            return Err(Errno::EACCES);
        }
        match &mut node.data {
            Data::File(bytes) => Ok(bytes),
            Data::Dir(_) => Err(Errno::EISDIR),
        }
    }

    /// Writes `src` at byte `pos`, zero-filling any gap; returns the end.
    pub fn write_at(&mut self, id: NodeId, pos: u64, src: &[u8], now_ns: i64) -> Result<u64, Errno> {
        let end = pos.checked_add(src.len() as u64).ok_or(Errno::EFBIG)?;
        if end > i64::MAX as u64 {
            return Err(Errno::EFBIG);
        }
        let len = self.data(id)?.len() as u64;
        self.reserve(end.saturating_sub(len))?;
        let start = usize::try_from(pos).map_err(|_| Errno::EFBIG)?;
        let end_us = usize::try_from(end).map_err(|_| Errno::EFBIG)?;
        let bytes = self.file_mut(id)?;
        if end_us > bytes.len() {
            bytes.try_reserve(end_us - bytes.len()).map_err(|_| Errno::ENOMEM)?;
            bytes.resize(end_us, 0);
        }
        bytes[start..end_us].copy_from_slice(src);
        self.bytes += end.saturating_sub(len);
        self.touch(id, now_ns);
        Ok(end)
    }

    /// Cuts or zero-extends a file to `size` bytes.
    pub fn set_len(&mut self, id: NodeId, size: u64, now_ns: i64) -> Result<(), Errno> {
        if size > i64::MAX as u64 {
            return Err(Errno::EFBIG);
        }
        let len = self.data(id)?.len() as u64;
        self.reserve(size.saturating_sub(len))?;
        let size_us = usize::try_from(size).map_err(|_| Errno::EFBIG)?;
        let bytes = self.file_mut(id)?;
        if size_us > bytes.len() {
            bytes.try_reserve(size_us - bytes.len()).map_err(|_| Errno::ENOMEM)?;
        }
        bytes.resize(size_us, 0);
        self.bytes = self.bytes.saturating_sub(len).saturating_add(size);
        self.touch(id, now_ns);
        Ok(())
    }

    // ---- directories and names ----------------------------------------------

    /// Creates a directory; its parent must exist.
    pub fn mkdir(&mut self, cwd: &[String], path: &str, now_ns: i64) -> Result<(), Errno> {
        match self.target(cwd, path)?.0 {
            Target::Anchor(_) | Target::Entry { existing: Some(_), .. } => Err(Errno::EEXIST),
            Target::Entry { dir, name, .. } => {
                let id = self.alloc(dir_node(now_ns));
                self.dir_entries_mut(dir)?.insert(name, id);
                self.touch(dir, now_ns);
                Ok(())
            }
        }
    }

    /// Creates a file with `bytes` (the embedder's builder uses this).
    pub fn create_file(
        &mut self,
        cwd: &[String],
        path: &str,
        bytes: Vec<u8>,
        readonly: bool,
        now_ns: i64,
    ) -> Result<(), Errno> {
        match self.target(cwd, path)?.0 {
            Target::Anchor(_) => Err(Errno::EISDIR),
            Target::Entry { existing: Some(_), .. } => Err(Errno::EEXIST),
            Target::Entry { dir, name, .. } => {
                self.reserve(bytes.len() as u64)?;
                self.bytes += bytes.len() as u64;
                let id = self.alloc(file_node(bytes, now_ns, readonly));
                self.dir_entries_mut(dir)?.insert(name, id);
                Ok(())
            }
        }
    }

    /// Removes a file's name.
    pub fn remove(&mut self, cwd: &[String], path: &str, now_ns: i64) -> Result<(), Errno> {
        match self.target(cwd, path)? {
            (Target::Anchor(_), _) => Err(Errno::EISDIR),
            (Target::Entry { existing: None, .. }, _) => Err(Errno::ENOENT),
            (Target::Entry { dir, name, existing: Some(id) }, trailing) => {
                if self.is_dir(id) {
                    return Err(Errno::EISDIR);
                }
                if trailing {
                    return Err(Errno::ENOTDIR);
                }
                if self.node(id)?.readonly {
                    return Err(Errno::EACCES);
                }
                self.dir_entries_mut(dir)?.remove(&name);
                self.touch(dir, now_ns);
                self.node_mut(id)?.linked = false;
                self.collect(id);
                Ok(())
            }
        }
    }

    /// Removes an empty directory.
    pub fn rmdir(&mut self, cwd: &[String], path: &str, now_ns: i64) -> Result<(), Errno> {
        match self.target(cwd, path)?.0 {
            Target::Anchor(ROOT) => Err(Errno::EBUSY),
            Target::Anchor(_) => Err(Errno::EINVAL),
            Target::Entry { existing: None, .. } => Err(Errno::ENOENT),
            Target::Entry { dir, name, existing: Some(id) } => {
                if !self.dir_entries(id)?.is_empty() {
                    return Err(Errno::ENOTEMPTY);
                }
                self.dir_entries_mut(dir)?.remove(&name);
                self.touch(dir, now_ns);
                self.node_mut(id)?.linked = false;
                self.collect(id);
                Ok(())
            }
        }
    }

    /// Whether `inner` is `outer` or lies somewhere below it.
    fn contains(&self, outer: NodeId, inner: NodeId) -> bool {
        let mut todo = vec![outer];
        while let Some(id) = todo.pop() {
            if id == inner {
                return true;
            }
            if let Ok(entries) = self.dir_entries(id) {
                todo.extend(entries.values().copied());
            }
        }
        false
    }

    /// POSIX `rename`.
    pub fn rename(&mut self, cwd: &[String], from: &str, to: &str, now_ns: i64) -> Result<(), Errno> {
        let (src, src_trailing) = self.target(cwd, from)?;
        let (dst, dst_trailing) = self.target(cwd, to)?;
        let (src_dir, src_name, src_id) = match src {
            Target::Anchor(_) => return Err(Errno::EBUSY),
            Target::Entry { existing: None, .. } => return Err(Errno::ENOENT),
            Target::Entry { dir, name, existing: Some(id) } => (dir, name, id),
        };
        let (dst_dir, dst_name, dst_existing) = match dst {
            Target::Anchor(_) => return Err(Errno::EBUSY),
            Target::Entry { dir, name, existing } => (dir, name, existing),
        };
        let src_is_dir = self.is_dir(src_id);
        if !src_is_dir && (src_trailing || dst_trailing) {
            return Err(Errno::ENOTDIR);
        }
        if self.node(src_id)?.readonly {
            return Err(Errno::EACCES);
        }
        if src_is_dir && self.contains(src_id, dst_dir) {
            return Err(Errno::EINVAL);
        }
        if let Some(dst_id) = dst_existing {
            if dst_id == src_id {
                return Ok(());
            }
            match (src_is_dir, self.is_dir(dst_id)) {
                (false, true) => return Err(Errno::EISDIR),
                (true, false) => return Err(Errno::ENOTDIR),
                (true, true) if !self.dir_entries(dst_id)?.is_empty() => return Err(Errno::ENOTEMPTY),
                _ => {}
            }
            if self.node(dst_id)?.readonly {
                return Err(Errno::EACCES);
            }
            self.node_mut(dst_id)?.linked = false;
        }
        self.dir_entries_mut(src_dir)?.remove(&src_name);
        let replaced = self.dir_entries_mut(dst_dir)?.insert(dst_name, src_id);
        self.touch(src_dir, now_ns);
        self.touch(dst_dir, now_ns);
        if let Some(old) = replaced {
            self.collect(old);
        }
        Ok(())
    }
}

fn dir_node(now_ns: i64) -> Node {
    Node { data: Data::Dir(BTreeMap::new()), mtime_ns: now_ns, readonly: false, linked: true, open: 0 }
}

fn file_node(bytes: Vec<u8>, now_ns: i64, readonly: bool) -> Node {
    Node { data: Data::File(bytes), mtime_ns: now_ns, readonly, linked: true, open: 0 }
}
