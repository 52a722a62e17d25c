//! The thread the model is built on, with a stack deep enough for it.

/// The stack the model is built on: a real spec can chain thousands of
/// schemas, and each is followed depth-first.
const STACK_BYTES: usize = 256 << 20;

std::thread_local! {
    /// Whether this thread is one [`on_deep_stack`] started.
    static DEEP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `work` on a thread with a stack of 256 MiB, the one the
/// model is built on: here when this is that thread already (or when no
/// thread can be started). A caller that loads a spec, builds its model and
/// writes its code inside one `work` has the allocator reuse the memory of
/// each step for the next, where threads that are done would keep theirs.
pub fn on_deep_stack<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    if DEEP.get() {
        return work();
    }
    // Kept out of the thread's closure, for when no thread starts.
    let slot = std::sync::Mutex::new(Some(work));
    let take = || slot.lock().ok().and_then(|mut work| work.take());
    let ran = std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("switchboard-model".to_owned())
            .stack_size(STACK_BYTES)
            .spawn_scoped(scope, || {
                DEEP.set(true);
                take().map(|work| work())
            })
            .ok()?;
        Some(
            worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        )
    });
    match ran.flatten() {
        Some(done) => done,
        None => match take() {
            Some(work) => work(),
            None => unreachable!("the work is taken once, by the thread that runs it"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::on_deep_stack;

    #[test]
    fn work_runs_on_one_deep_thread_however_it_nests() {
        let (outer, inner, name) = on_deep_stack(|| {
            let outer = std::thread::current().id();
            let (inner, name) = on_deep_stack(|| {
                let here = std::thread::current();
                (here.id(), here.name().map(str::to_owned))
            });
            (outer, inner, name)
        });
        assert_eq!(outer, inner);
        assert_ne!(outer, std::thread::current().id());
        assert_eq!(name.as_deref(), Some("switchboard-model"));
    }

    #[test]
    fn the_stack_holds_a_deep_recursion() {
        // 100k frames of over 1 KiB each, every one live across the call
        // below it: far beyond a default 2 MiB or 8 MiB stack.
        fn down(depth: u32) -> u32 {
            let frame = [depth as u8; 1024];
            if depth == 0 {
                return 0;
            }
            let below = down(depth - 1);
            below + u32::from(std::hint::black_box(&frame)[1023] & 1)
        }
        assert_eq!(on_deep_stack(|| down(100_000)), 50_000);
    }
}
