//! Work spread over the cores: independent jobs claimed one at a time by a
//! few threads, their results put back in the jobs' order, so what comes out
//! does not depend on how many threads there were.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// How many threads share a stage's work: the cores the process may use, at
/// most eight (the jobs are small; more threads only contend for the
/// allocator).
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// The stack of each worker: as deep as the thread the model is built on
/// would be wasteful (it is reserved, not used), but a job may recurse (a
/// YAML parser follows nesting down to its limit).
const WORKER_STACK_BYTES: usize = 64 << 20;

/// `work` on every job, on up to `threads` threads (this one among them):
/// the results in the jobs' order. Once `stop` is set no job is started,
/// and the results are those of the jobs before the first one left undone.
/// When no thread can be started the jobs run here.
pub(crate) fn run<J, R, F>(jobs: &[J], threads: usize, stop: &AtomicBool, work: F) -> Vec<R>
where
    J: Sync,
    R: Send,
    F: Fn(&J) -> R + Sync,
{
    let threads = threads.clamp(1, jobs.len().max(1));
    let next = AtomicUsize::new(0);
    let claim = || {
        let mut done = Vec::new();
        while !stop.load(Ordering::Relaxed) {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(index) else {
                break;
            };
            done.push((index, work(job)));
        }
        done
    };
    if threads == 1 {
        return claim().into_iter().map(|(_, result)| result).collect();
    }
    let mut slots: Vec<Option<R>> = (0..jobs.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (1..threads)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .stack_size(WORKER_STACK_BYTES)
                    .spawn_scoped(scope, claim)
                    .ok()
            })
            .collect();
        let mut all = claim();
        for worker in workers {
            // A worker that panicked is a generator bug; its panic goes on.
            match worker.join() {
                Ok(done) => all.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        for (index, result) in all {
            slots[index] = Some(result);
        }
    });
    slots.into_iter().map_while(|slot| slot).collect()
}

/// `work` on each index below `count`, the results in order: on every core
/// in runs of consecutive indices (about four a thread, none shorter than
/// `fewest`, so that a small input stays on this thread).
pub(crate) fn map_in_runs<R, F>(count: usize, fewest: usize, work: F) -> Vec<R>
where
    R: Send,
    F: Fn(usize) -> R + Sync,
{
    let threads = threads();
    let length = count.div_ceil(threads * 4).max(fewest).max(1);
    let starts: Vec<usize> = (0..count).step_by(length).collect();
    run(&starts, threads, &AtomicBool::new(false), |&start| {
        (start..(start + length).min(count))
            .map(&work)
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// `first` here and `second` on a thread of its own at the same time (or
/// here after `first`, when no thread can be started): both results.
pub(crate) fn join<A, B>(first: impl FnOnce() -> A, second: impl FnOnce() -> B + Send) -> (A, B)
where
    B: Send,
{
    // Kept out of the thread's closure, for when no thread starts.
    let slot = std::sync::Mutex::new(Some(second));
    let take = || slot.lock().ok().and_then(|mut second| second.take());
    let (first, ran) = std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .stack_size(WORKER_STACK_BYTES)
            .spawn_scoped(scope, || take().map(|second| second()));
        let first = first();
        // A worker that panicked is a generator bug; its panic goes on.
        let ran = worker.ok().and_then(|worker| {
            worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        (first, ran)
    });
    match ran.or_else(|| take().map(|second| second())) {
        Some(second) => (first, second),
        None => unreachable!("the second job is taken once, by the thread that runs it"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every index once, in order, whether the runs are shared out or not.
    #[test]
    fn runs_give_every_index_in_order() {
        for (count, fewest) in [(0, 4), (1, 4), (7, 4), (1000, 1), (1000, 64), (5, 0)] {
            let squares = map_in_runs(count, fewest, |index| index * index);
            let expected: Vec<usize> = (0..count).map(|index| index * index).collect();
            assert_eq!(squares, expected, "{count} by runs of at least {fewest}");
        }
    }

    #[test]
    fn results_come_back_in_the_jobs_order_on_any_number_of_threads() {
        let jobs: Vec<usize> = (0..100).collect();
        let stop = AtomicBool::new(false);
        for threads in [1, 2, 5] {
            let squares = run(&jobs, threads, &stop, |n| n * n);
            assert_eq!(squares, jobs.iter().map(|n| n * n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn both_halves_of_a_join_run_and_come_back_in_place() {
        let here = std::thread::current().id();
        let ((first, first_on), (second, second_on)) = join(
            || (1, std::thread::current().id()),
            || ("two", std::thread::current().id()),
        );
        assert_eq!((first, second), (1, "two"));
        assert_eq!(first_on, here);
        assert_ne!(second_on, here);
    }

    #[test]
    fn a_stop_leaves_the_rest_undone() {
        let jobs: Vec<usize> = (0..50).collect();
        for threads in [1, 3] {
            let stop = AtomicBool::new(false);
            let done = run(&jobs, threads, &stop, |&n| {
                if n == 10 {
                    stop.store(true, Ordering::Relaxed);
                }
                n
            });
            // Every job before the first one left undone, in order.
            assert!(done.len() > 10 && done.len() <= 50, "{threads}: {done:?}");
            assert_eq!(done, (0..done.len()).collect::<Vec<_>>());
        }
    }
}
