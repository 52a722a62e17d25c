//! A crate's files written as they are made, into a directory inside `out`
//! that gives them up only once the last one is made: a run that fails
//! leaves `out` as it was, and the text of the files already written is not
//! held meanwhile.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use switchboard_codegen::GeneratedFile;

/// Files written under a staging directory, to move under `out` at the end.
pub struct Staged {
    out: PathBuf,
    staging: PathBuf,
    /// Whether `out` was made for this run (removed again if it fails).
    made_out: bool,
    /// The files written, relative to the crate.
    written: Mutex<Vec<String>>,
    /// The directories made so far: asking again for one that is there
    /// costs a system call per file.
    made: Mutex<HashSet<PathBuf>>,
    /// Why a file could not be written.
    failure: Mutex<Option<String>>,
}

impl Staged {
    /// A staging directory inside `out` (made if it is not there): on the
    /// same file system, so that each file moves without a copy.
    pub fn new(out: &Path) -> Result<Staged, String> {
        let made_out = !out.exists();
        let staging = out.join(format!(".switchboard-partial-{}", std::process::id()));
        std::fs::create_dir_all(&staging)
            .map_err(|error| format!("{}: {error}", staging.display()))?;
        Ok(Staged {
            out: out.to_owned(),
            staging,
            made_out,
            written: Mutex::new(Vec::new()),
            made: Mutex::new(HashSet::new()),
            failure: Mutex::new(None),
        })
    }

    /// Writes `file` under the staging directory, from any thread: `false`
    /// when it cannot be (the reason is [`Staged::finish`]'s error).
    pub fn write(&self, file: &GeneratedFile) -> bool {
        let target = self.staging.join(&file.path);
        let written = self
            .directory_for(&target)
            .and_then(|()| std::fs::write(&target, &file.contents))
            .map_err(|error| format!("{}: {error}", self.out.join(&file.path).display()));
        match written {
            Ok(()) => self
                .written
                .lock()
                .map(|mut written| written.push(file.path.clone()))
                .is_ok(),
            Err(error) => {
                if let Ok(mut failure) = self.failure.lock() {
                    failure.get_or_insert(error);
                }
                false
            }
        }
    }

    fn directory_for(&self, target: &Path) -> std::io::Result<()> {
        let Some(parent) = target.parent() else {
            return Ok(());
        };
        let mut made = self
            .made
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?;
        if !made.contains(parent) {
            std::fs::create_dir_all(parent)?;
            made.insert(parent.to_owned());
        }
        Ok(())
    }

    /// Moves every file written into its place under `out` (replacing the
    /// file there): how many there are. If one could not be written, nothing
    /// moves and the error names it.
    pub fn finish(self) -> Result<usize, String> {
        let failure = self
            .failure
            .lock()
            .ok()
            .and_then(|mut failure| failure.take());
        if let Some(failure) = failure {
            self.discard();
            return Err(failure);
        }
        let written = std::mem::take(&mut *self.written.lock().map_err(|_| "poisoned")?);
        let mut made: HashSet<PathBuf> = HashSet::new();
        let moved = written.iter().try_for_each(|path| {
            let target = self.out.join(path);
            let parent = target.parent().unwrap_or(&self.out);
            if made.insert(parent.to_owned()) {
                std::fs::create_dir_all(parent)
                    .map_err(|error| format!("{}: {error}", parent.display()))?;
            }
            std::fs::rename(self.staging.join(path), &target)
                .map_err(|error| format!("{}: {error}", target.display()))
        });
        let _ = std::fs::remove_dir_all(&self.staging);
        moved.map(|()| written.len())
    }

    /// Removes what was written: `out` is as it was.
    pub fn discard(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
        if self.made_out {
            let _ = std::fs::remove_dir(&self.out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile {
            path: path.to_owned(),
            contents: contents.to_owned(),
        }
    }

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-staged-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    /// The files are under `out` once finished, not before; what was there
    /// and is not made again stays.
    #[test]
    fn files_move_into_place_once_all_are_written() {
        let out = temp("moved");
        std::fs::create_dir_all(out.join("src")).unwrap();
        std::fs::write(out.join("src/lib.rs"), "old").unwrap();
        std::fs::write(out.join("Cargo.lock"), "kept").unwrap();
        let staged = Staged::new(&out).unwrap();
        let files = [
            file("Cargo.toml", "[package]\n"),
            file("src/lib.rs", "new"),
            file("src/api/types/t.rs", "// t\n"),
        ];
        std::thread::scope(|scope| {
            for file in &files {
                scope.spawn(|| assert!(staged.write(file)));
            }
        });
        assert_eq!(
            std::fs::read_to_string(out.join("src/lib.rs")).unwrap(),
            "old"
        );
        assert!(!out.join("Cargo.toml").exists(), "written before the end");
        assert_eq!(staged.finish(), Ok(3));
        for file in &files {
            let written = std::fs::read_to_string(out.join(&file.path)).unwrap();
            assert_eq!(written, file.contents, "{}", file.path);
        }
        assert_eq!(
            std::fs::read_to_string(out.join("Cargo.lock")).unwrap(),
            "kept"
        );
        let left: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left.len(), 3, "no staging directory is left: {left:?}");
        let _ = std::fs::remove_dir_all(&out);
    }

    /// A file that cannot be written: nothing moves, the error names it, and
    /// `out` is as it was (gone again, when the run made it).
    #[test]
    fn a_failed_write_leaves_out_as_it_was() {
        let out = temp("failed");
        let staged = Staged::new(&out).unwrap();
        assert!(staged.write(&file("src/a.rs", "a")));
        assert!(!staged.write(&file("src/a.rs/inner.rs", "")));
        let error = staged.finish().unwrap_err();
        assert!(error.contains("inner.rs"), "{error}");
        assert!(!out.exists(), "the run made `out`, and took it back");
        // Discarded: a directory that was there stays, as it was.
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("keep.txt"), "keep").unwrap();
        let staged = Staged::new(&out).unwrap();
        assert!(staged.write(&file("src/b.rs", "b")));
        staged.discard();
        let left: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("keep.txt")]);
        let _ = std::fs::remove_dir_all(&out);
    }
}
