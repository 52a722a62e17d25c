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
    /// The outermost directory this run made to hold `out` (removed again if
    /// the run fails), if `out` was not there.
    made_out: Option<PathBuf>,
    /// The files written, relative to the crate.
    written: Mutex<Vec<String>>,
    /// The directories made so far: asking again for one that is there
    /// costs a system call per file.
    made: Mutex<HashSet<PathBuf>>,
    /// Why a file could not be written.
    failure: Mutex<Option<String>>,
}

/// The staging directories' names, before the process id.
const PREFIX: &str = ".switchboard-partial-";

impl Staged {
    /// A staging directory inside `out` (made if it is not there): on the
    /// same file system, so that each file moves without a copy.
    pub fn new(out: &Path) -> Result<Staged, String> {
        if out.exists() && !out.is_dir() {
            return Err(format!("{}: not a directory", out.display()));
        }
        let made_out = out
            .ancestors()
            .take_while(|dir| !dir.as_os_str().is_empty() && !dir.exists())
            .last()
            .map(Path::to_path_buf);
        let staging = out.join(format!("{PREFIX}{}", std::process::id()));
        std::fs::create_dir_all(&staging).map_err(|error| format!("{}: {error}", out.display()))?;
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
            Ok(()) => {
                lock(&self.written).push(file.path.clone());
                true
            }
            Err(error) => {
                lock(&self.failure).get_or_insert(error);
                false
            }
        }
    }

    fn directory_for(&self, target: &Path) -> std::io::Result<()> {
        let Some(parent) = target.parent() else {
            return Ok(());
        };
        let mut made = lock(&self.made);
        if !made.contains(parent) {
            std::fs::create_dir_all(parent)?;
            made.insert(parent.to_owned());
        }
        Ok(())
    }

    /// Moves every file written into its place under `out` (replacing the
    /// file there): how many there are. If one could not be written, nothing
    /// moves and the error names it. The directories the files go to are
    /// made, and checked to take files, before the first one moves; a move
    /// that still fails (a file replaced by a directory meanwhile, a full
    /// disk's metadata) leaves the rest in the staging directory, which the
    /// error names.
    pub fn finish(self) -> Result<usize, String> {
        let failure = lock(&self.failure).take();
        if let Some(failure) = failure {
            self.discard();
            return Err(format!("{failure}\nnothing was written."));
        }
        let written = std::mem::take(&mut *lock(&self.written));
        // The directories made here, to take back if one is in the way.
        let mut made = Vec::new();
        // Each parent made (or found) once: most files share theirs.
        let mut ready_parents = HashSet::new();
        let ready = written.iter().try_for_each(|path| {
            let target = self.out.join(path);
            let parent = target.parent().unwrap_or(&self.out);
            if !ready_parents.contains(parent) {
                made.extend(
                    parent
                        .ancestors()
                        .take_while(|dir| *dir != self.out && !dir.exists())
                        .map(Path::to_path_buf),
                );
                std::fs::create_dir_all(parent)
                    .map_err(|error| format!("{}: {error}", parent.display()))?;
                ready_parents.insert(parent.to_owned());
            }
            match std::fs::metadata(&target) {
                Ok(there) if there.is_dir() => {
                    Err(format!("{}: a directory is in the way", target.display()))
                }
                Ok(_) if !written_by_generate(&target) => Err(format!(
                    "{}: a file `generate` did not write is there (its first line does not say it was generated), and it is not replaced: move it away, or give another --out",
                    target.display()
                )),
                _ => Ok(()),
            }
        });
        if let Err(error) = ready {
            // Innermost first: each goes once it is empty.
            made.sort_by_key(|dir| std::cmp::Reverse(dir.components().count()));
            for dir in &made {
                let _ = std::fs::remove_dir(dir);
            }
            self.discard();
            return Err(format!("{error}\nnothing was written."));
        }
        for path in &written {
            let target = self.out.join(path);
            if let Err(error) = std::fs::rename(self.staging.join(path), &target) {
                return Err(format!(
                    "{}: {error}\nthe files not moved yet are in {}",
                    target.display(),
                    self.staging.display()
                ));
            }
        }
        let _ = std::fs::remove_dir_all(&self.staging);
        self.remove_abandoned();
        self.remove_stale(&written);
        Ok(written.len())
    }

    /// Removes the files under `out/src` that an earlier run generated and
    /// this crate no longer has (the module file of a tag the spec
    /// dropped): the crate there is the one just generated. Files
    /// `generate` did not write stay.
    fn remove_stale(&self, written: &[String]) {
        let written: HashSet<PathBuf> = written.iter().map(|path| self.out.join(path)).collect();
        let src = self.out.join("src");
        // Not through a link: what it leads to is not this crate's.
        if std::fs::symlink_metadata(&src).is_ok_and(|src| src.file_type().is_symlink()) {
            return;
        }
        let mut directories = vec![src];
        while let Some(directory) = directories.pop() {
            let Ok(entries) = std::fs::read_dir(&directory) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                match entry.file_type() {
                    Ok(kind) if kind.is_dir() => directories.push(path),
                    Ok(kind)
                        if kind.is_file()
                            && path.extension().is_some_and(|ext| ext == "rs")
                            && !written.contains(&path)
                            && written_by_generate(&path) =>
                    {
                        let _ = std::fs::remove_file(&path);
                    }
                    _ => {}
                }
            }
        }
    }

    /// Removes the staging directories of earlier runs that were stopped
    /// before they finished (a process that is gone, where the system says
    /// which are running).
    fn remove_abandoned(&self) {
        let Ok(entries) = std::fs::read_dir(&self.out) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(pid) = name.to_str().and_then(|name| name.strip_prefix(PREFIX)) else {
                continue;
            };
            let running = Path::new("/proc").join(pid);
            if Path::new("/proc/self").exists() && !running.exists() {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }

    /// Removes what was written: `out` is as it was.
    pub fn discard(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
        if let Some(made) = &self.made_out {
            // Each directory made for `out`, innermost first, while empty.
            for dir in self.out.ancestors() {
                if std::fs::remove_dir(dir).is_err() || dir == made {
                    break;
                }
            }
        }
    }
}

/// Whether the file at `path` is one `generate` wrote: its first line is
/// the generator's header ([`is_generated_header`](switchboard_codegen::standalone::is_generated_header)).
pub fn written_by_generate(path: &Path) -> bool {
    use std::io::{BufRead as _, Read as _};
    // The whole first line (a long spec name makes it long), within reason.
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|file| {
        std::io::BufReader::new(file.take(64 * 1024)).read_until(b'\n', &mut head)
    });
    if read.is_err() {
        return false;
    }
    let head = String::from_utf8_lossy(&head);
    switchboard_codegen::standalone::is_generated_header(head.lines().next().unwrap_or_default())
}

/// The value behind `mutex`, even if a thread panicked holding it (its
/// panic goes on anyway).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
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
        std::fs::create_dir_all(out.join("src/api")).unwrap();
        let old = "// Generated from `a.yaml` by `cargo xtask generate`. Do not edit.\nold";
        std::fs::write(out.join("src/lib.rs"), old).unwrap();
        // A module file of an earlier run that this crate no longer has, and
        // a file of the user's beside it.
        std::fs::write(out.join("src/api/gone.rs"), old).unwrap();
        std::fs::write(out.join("src/api/mine.rs"), "// mine").unwrap();
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
            old
        );
        assert!(!out.join("Cargo.toml").exists(), "written before the end");
        assert_eq!(staged.finish(), Ok(3));
        assert!(!out.join("src/api/gone.rs").exists(), "a stale file stays");
        assert!(out.join("src/api/mine.rs").exists(), "the user's file went");
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

    /// A file the run did not write is never replaced: the run stops before
    /// anything moves, naming it.
    #[test]
    fn a_file_generate_did_not_write_is_not_replaced() {
        let out = temp("foreign");
        std::fs::create_dir_all(out.join("src")).unwrap();
        std::fs::write(out.join("Cargo.toml"), "[package]\nname = \"mine\"\n").unwrap();
        std::fs::write(out.join("src/main.rs"), "fn main() {}").unwrap();
        let staged = Staged::new(&out).unwrap();
        assert!(staged.write(&file(
            "Cargo.toml",
            "# Generated by `cargo xtask generate`.\n"
        )));
        assert!(staged.write(&file("src/lib.rs", "new")));
        let error = staged.finish().unwrap_err();
        assert!(
            error.contains("Cargo.toml: a file `generate` did not write is there"),
            "{error}"
        );
        assert!(error.ends_with("nothing was written."), "{error}");
        assert_eq!(
            std::fs::read_to_string(out.join("Cargo.toml")).unwrap(),
            "[package]\nname = \"mine\"\n"
        );
        assert!(!out.join("src/lib.rs").exists());
        assert_eq!(
            std::fs::read_dir(&out).unwrap().count(),
            2,
            "no staging left"
        );
        std::fs::write(
            out.join("src/api.rs"),
            "// Generated from `api.json` by `cargo xtask generate`. Do not edit.\n",
        )
        .unwrap();
        assert!(written_by_generate(&out.join("src/api.rs")));
        // A spec whose name makes the first line long.
        let long = format!(
            "// Generated from `{}.json` by `cargo xtask generate`. Do not edit.\n",
            "a".repeat(400)
        );
        std::fs::write(out.join("src/api.rs"), long).unwrap();
        assert!(written_by_generate(&out.join("src/api.rs")));
        std::fs::remove_file(out.join("src/api.rs")).unwrap();
        assert!(!written_by_generate(&out.join("src/main.rs")));
        assert!(!written_by_generate(&out.join("no-such-file")));
        let _ = std::fs::remove_dir_all(&out);
    }

    /// A directory where a file must go: found before anything moves.
    /// Directories made for a new `out` go again when its run fails; an
    /// `out` that is a file is refused by its name; a staging directory
    /// left by a run that was stopped goes with the next run that finishes.
    #[test]
    fn what_is_in_the_way_is_found_before_anything_moves() {
        let out = temp("in-the-way");
        std::fs::create_dir_all(out.join("src/lib.rs")).unwrap();
        std::fs::write(
            out.join("Cargo.toml"),
            "# Generated by `cargo xtask generate`.\nold",
        )
        .unwrap();
        let staged = Staged::new(&out).unwrap();
        assert!(staged.write(&file("Cargo.toml", "new")));
        assert!(staged.write(&file("src/api/types/t.rs", "new")));
        assert!(staged.write(&file("src/lib.rs", "new")));
        let error = staged.finish().unwrap_err();
        assert!(
            error.contains("lib.rs: a directory is in the way"),
            "{error}"
        );
        assert!(
            !out.join("src/api").exists(),
            "the directories made for the move are taken back"
        );
        assert!(
            std::fs::read_to_string(out.join("Cargo.toml"))
                .unwrap()
                .ends_with("old")
        );
        let left = std::fs::read_dir(&out).unwrap().count();
        assert_eq!(left, 2, "Cargo.toml and src/, no staging directory");
        let _ = std::fs::remove_dir_all(&out);

        let base = temp("nested");
        std::fs::create_dir_all(&base).unwrap();
        let staged = Staged::new(&base.join("a/b/c")).unwrap();
        assert!(staged.write(&file("Cargo.toml", "")));
        staged.discard();
        assert_eq!(
            std::fs::read_dir(&base).unwrap().count(),
            0,
            "a/b/c is gone"
        );

        std::fs::write(base.join("a-file"), "").unwrap();
        let refused = Staged::new(&base.join("a-file")).err().unwrap_or_default();
        assert!(refused.ends_with("a-file: not a directory"), "{refused}");

        let abandoned = base.join("crate").join(format!("{PREFIX}4294967295"));
        std::fs::create_dir_all(&abandoned).unwrap();
        let staged = Staged::new(&base.join("crate")).unwrap();
        assert!(staged.write(&file("Cargo.toml", "")));
        assert_eq!(staged.finish(), Ok(1));
        assert!(
            !abandoned.exists(),
            "a stopped run's directory stays behind"
        );
        let _ = std::fs::remove_dir_all(&base);
    }
}
