//! Reading `--jsonl` input as numbered lines, with two bounds: a line longer than the record
//! cap is skipped to its end without being kept (a 2 GB line with no newline costs a buffer,
//! not 2 GB), and the reader stops reading ahead while the lines it has handed over and not
//! yet seen answered hold the budget's limit. So one large record is in memory once, not
//! once in work and again in the queue.

use std::io::{self, BufRead};
use std::sync::{Condvar, Mutex, PoisonError};

/// One line of input, numbered from 1.
#[derive(Debug)]
pub enum Input {
    /// Its bytes, without the newline.
    Line(usize, Vec<u8>),
    /// Longer than the record cap: how many bytes it had. Nothing of it is kept.
    TooLong(usize, u64),
}

impl Input {
    /// The bytes it holds in memory.
    pub fn held(&self) -> usize {
        match self {
            Input::Line(_, bytes) => bytes.len(),
            Input::TooLong(..) => 0,
        }
    }
}

/// Bytes handed over by the reader and not yet released by the writer.
#[derive(Debug)]
pub struct Budget {
    /// The bytes held, and whether the writer has gone.
    state: Mutex<(usize, bool)>,
    changed: Condvar,
    /// The reader reads no further line while this much is held.
    limit: usize,
}

impl Budget {
    pub fn new(limit: usize) -> Budget {
        Budget {
            state: Mutex::new((0, false)),
            changed: Condvar::new(),
            limit,
        }
    }

    /// Waits until less than the limit is held: true, or false once the writer has gone.
    pub fn wait_for_room(&self) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while state.0 >= self.limit && !state.1 {
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        !state.1
    }

    pub fn take(&self, bytes: usize) {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).0 += bytes;
    }

    pub fn release(&self, bytes: usize) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.0 = state.0.saturating_sub(bytes);
        self.changed.notify_all();
    }

    /// The writer has gone: the reader stops waiting.
    pub fn close(&self) {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).1 = true;
        self.changed.notify_all();
    }
}

/// Reads numbered lines, each at most `max` bytes.
pub struct Lines<R> {
    input: R,
    max: usize,
    number: usize,
}

impl<R: BufRead> Lines<R> {
    pub fn new(input: R, max: usize) -> Lines<R> {
        Lines {
            input,
            max,
            number: 0,
        }
    }

    /// The next line, `None` at the end of the input. A last line without a newline counts.
    pub fn next_line(&mut self) -> io::Result<Option<Input>> {
        let mut line = Vec::new();
        let mut length: u64 = 0;
        let mut too_long = false;
        loop {
            let buf = match self.input.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                if length == 0 {
                    return Ok(None);
                }
                break;
            }
            let (piece, used, ended) = match memchr::memchr(b'\n', buf) {
                Some(at) => (&buf[..at], at + 1, true),
                None => (buf, buf.len(), false),
            };
            length += used as u64;
            if !too_long {
                if line.len() + piece.len() > self.max {
                    // Nothing of an over-long line is kept: let the memory go now.
                    too_long = true;
                    line = Vec::new();
                } else {
                    line.extend_from_slice(piece);
                }
            }
            self.input.consume(used);
            if ended {
                length -= 1;
                break;
            }
        }
        self.number += 1;
        Ok(Some(if too_long {
            Input::TooLong(self.number, length)
        } else {
            Input::Line(self.number, line)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8], max: usize) -> Vec<String> {
        // A small buffer, so lines cross buffer ends.
        let mut lines = Lines::new(io::BufReader::with_capacity(3, input), max);
        let mut seen = Vec::new();
        while let Some(line) = lines.next_line().unwrap() {
            seen.push(match line {
                Input::Line(n, bytes) => format!("{n}:{}", String::from_utf8(bytes).unwrap()),
                Input::TooLong(n, length) => format!("{n}:too long ({length})"),
            });
        }
        seen
    }

    #[test]
    fn lines_over_the_cap_are_counted_not_kept() {
        assert_eq!(
            all(b"abc\n\nabcdefgh\nabcd\nxy", 4),
            ["1:abc", "2:", "3:too long (8)", "4:abcd", "5:xy"]
        );
        assert_eq!(all(b"abcdefgh", 4), ["1:too long (8)"]);
        assert_eq!(all(b"", 4), Vec::<String>::new());
        assert_eq!(all(b"\n", 4), ["1:"]);
    }

    #[test]
    fn the_budget_holds_the_reader_until_bytes_are_released() {
        let budget = std::sync::Arc::new(Budget::new(10));
        budget.take(10);
        let waiter = {
            let budget = std::sync::Arc::clone(&budget);
            std::thread::spawn(move || budget.wait_for_room())
        };
        std::thread::sleep(std::time::Duration::from_millis(50));
        assert!(
            !waiter.is_finished(),
            "the reader waits while 10 bytes are held"
        );
        budget.release(1);
        assert!(waiter.join().unwrap(), "room");
        // The writer gone, the reader is told to stop rather than left waiting.
        budget.take(1);
        let waiter = {
            let budget = std::sync::Arc::clone(&budget);
            std::thread::spawn(move || budget.wait_for_room())
        };
        budget.close();
        assert!(!waiter.join().unwrap(), "closed");
    }
}
