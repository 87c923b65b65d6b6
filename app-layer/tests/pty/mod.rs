//! Driving a program through a pseudo-terminal, as a person at a terminal
//! would: type a line, wait for the next prompt, read what the screen shows.
//!
//! [`Session`] starts the program on a new pty (its own session, the pty its
//! controlling terminal, so Ctrl-C is a real `SIGINT` to programs that let
//! the terminal make one) and reads everything it writes. [`screen`] turns
//! those bytes into the lines a terminal would show: line editors redraw with
//! `\r`, erase-to-end and cursor moves, which a transcript must not depend on.

use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::pty::{openpty, Winsize};

/// How long one step may take: debug builds on a busy machine are slow.
const STEP_LIMIT: Duration = Duration::from_secs(60);

/// The prompts that mean "ready for the next line": the defaults, and the
/// ones `tests/golden/repl/prompts.keys` sets.
const PROMPTS: [&str; 4] = [">>> ", "... ", "py> ", "~ "];

/// A program running on a pty.
pub struct Session {
    child: Child,
    master: std::fs::File,
    /// Everything the program wrote; `true` once the pty closed.
    output: Arc<Mutex<(Vec<u8>, bool)>>,
}

/// What a finished session showed, and its exit status.
pub struct Transcript {
    pub text: String,
    pub status: i32,
}

impl Session {
    /// Starts `program ARGS` on a fresh 80×24 pty with `env` added to its environment.
    pub fn start(program: &str, args: &[&str], env: &[(&str, &str)]) -> Session {
        let size = Winsize { ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0 };
        let pty = openpty(Some(&size), None).expect("openpty");
        let slave = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup pty"));
        let mut command = Command::new(program);
        command.args(args).envs(env.iter().copied());
        command.stdin(slave(&pty.slave)).stdout(slave(&pty.slave)).stderr(slave(&pty.slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(|| {
                nix::unistd::setsid().map_err(std::io::Error::from)?;
                if nix::libc::ioctl(0, nix::libc::TIOCSCTTY, 0) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
        // Our copies of the slave must close, or reading never sees the end.
        drop(command);
        drop(pty.slave);
        let master = std::fs::File::from(pty.master);
        let output = Arc::new(Mutex::new((Vec::new(), false)));
        let (mut reader, sink) = (master.try_clone().expect("dup pty"), Arc::clone(&output));
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                // EIO, not 0, is how a pty says its last user closed it.
                let n = reader.read(&mut buf).unwrap_or(0);
                let mut out = sink.lock().expect("output lock");
                if n == 0 {
                    out.1 = true;
                    return;
                }
                out.0.extend_from_slice(&buf[..n]);
            }
        });
        let mut session = Session { child, master, output };
        session.wait_until(|screen, _| screen.at_prompt());
        session
    }

    /// Types `keys` (a line and its Enter, or a control key) and waits until
    /// the program shows its next prompt after a new line, or ends.
    pub fn type_keys(&mut self, keys: &str) {
        let before = self.screen().lines.len();
        self.master.write_all(keys.as_bytes()).expect("write to pty");
        self.wait_until(|screen, closed| closed || (screen.lines.len() > before && screen.at_prompt()));
    }

    /// Types `keys` (a line and its Enter) that start code which keeps
    /// running: waits, not for a prompt, but until the line editor has given
    /// the terminal back (canonical mode again), so that a Ctrl-C typed next
    /// is a signal to the running code, not a key for the editor.
    pub fn type_and_go_on(&mut self, keys: &str) {
        let before = self.screen().lines.len();
        self.master.write_all(keys.as_bytes()).expect("write to pty");
        let master = self.master.try_clone().expect("dup pty");
        let cooked = move || {
            nix::sys::termios::tcgetattr(&master)
                .is_ok_and(|t| t.local_flags.contains(nix::sys::termios::LocalFlags::ICANON))
        };
        self.wait_until(|screen, closed| closed || (screen.lines.len() > before && cooked()));
    }

    /// Waits for the program to end; what it showed and its status.
    pub fn finish(mut self) -> Transcript {
        self.wait_until(|_, closed| closed);
        let status = self.child.wait().expect("wait").code().unwrap_or(-1);
        Transcript { text: self.screen().text(), status }
    }

    fn screen(&self) -> Screen {
        screen(&self.output.lock().expect("output lock").0)
    }

    fn wait_until(&mut self, ready: impl Fn(&Screen, bool) -> bool) {
        let start = Instant::now();
        loop {
            let closed = self.output.lock().expect("output lock").1;
            let screen = self.screen();
            if ready(&screen, closed) {
                return;
            }
            if start.elapsed() > STEP_LIMIT {
                let _ = self.child.kill();
                panic!("timed out; the screen shows:\n{}", screen.text());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // A failed test must not leave its program waiting for input.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// What a terminal shows: finished lines, and the line the cursor is on.
pub struct Screen {
    pub lines: Vec<String>,
    current: Vec<char>,
    cursor: usize,
}

impl Screen {
    fn at_prompt(&self) -> bool {
        let current: String = self.current.iter().collect();
        PROMPTS.contains(&current.as_str())
    }

    /// The lines, each ending in a newline, then the unfinished line.
    pub fn text(&self) -> String {
        let mut text: String = self.lines.iter().map(|l| format!("{l}\n")).collect();
        text.extend(&self.current);
        text
    }

    fn put(&mut self, c: char) {
        while self.current.len() < self.cursor {
            self.current.push(' ');
        }
        if self.cursor < self.current.len() {
            self.current[self.cursor] = c;
        } else {
            self.current.push(c);
        }
        self.cursor += 1;
    }

    /// A CSI sequence: the cursor moves and erasing that line editors use.
    fn control_sequence(&mut self, params: &str, action: char) {
        let n = params.parse::<usize>().unwrap_or(1).max(1);
        match action {
            'C' => self.cursor += n,
            'D' => self.cursor = self.cursor.saturating_sub(n),
            'G' => self.cursor = n - 1,
            'K' if params.is_empty() || params == "0" => self.current.truncate(self.cursor),
            // Modes (bracketed paste, synchronized output), colours: nothing to show.
            _ => {}
        }
    }
}

/// Plays `bytes` on an unbounded-width terminal.
pub fn screen(bytes: &[u8]) -> Screen {
    let text = String::from_utf8_lossy(bytes);
    let mut screen = Screen { lines: Vec::new(), current: Vec::new(), cursor: 0 };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => match chars.next() {
                Some('[') => {
                    let mut params = String::new();
                    while let Some(&p) = chars.peek() {
                        chars.next();
                        if ('\x40'..='\x7e').contains(&p) {
                            screen.control_sequence(&params, p);
                            break;
                        }
                        params.push(p);
                    }
                }
                // An operating-system command (a window title) ends at BEL.
                Some(']') => while chars.next().is_some_and(|c| c != '\x07') {},
                _ => {}
            },
            '\r' => screen.cursor = 0,
            '\n' => {
                screen.lines.push(screen.current.drain(..).collect());
                screen.cursor = 0;
            }
            '\x08' => screen.cursor = screen.cursor.saturating_sub(1),
            c if c.is_control() => {}
            c => screen.put(c),
        }
    }
    screen
}
