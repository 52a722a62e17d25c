//! Lists that come a page at a time, walked as a [`Stream`]: of whole pages
//! ([`Pages`]) or of their items one by one ([`Items`]). Each page is
//! fetched only when the one before it has been handed out, through the
//! operation's own `send()` (so with its retries and timeouts); the walk
//! ends after the last page, or after the first error, which it hands out.
//!
//! A generated list operation's builder implements [`Paginate`] and has
//! `.pages()` and `.stream()`; a total limit is the stream's own business
//! (`StreamExt::take` of the `futures` crate, say).

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::{BoxFuture, Error, Response};

/// What sending a page's request gives: the reply, decoded.
pub type PageReply<'a, T, E> = BoxFuture<'a, Result<Response<T>, Error<E>>>;

/// A request for one page of a list, and how the next page's request
/// follows from it.
pub trait Paginate<'a>: Clone + Send + Sized + 'a {
    /// A page, as the reply's body decodes.
    type Page: Send + 'a;
    /// One item of the list.
    type Item: Send + 'a;
    /// The operation's documented error body.
    type Error: Send + 'a;

    /// Sends this page's request.
    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error>;

    /// The items of `page`, in order.
    fn items(page: Self::Page) -> Vec<Self::Item>;

    /// The request for the page after `page` (which this request fetched),
    /// or `None` when `page` is the last.
    fn next(&self, page: &Self::Page) -> Option<Self>;
}

/// A page's request that was sent, and its reply to come.
type InFlight<'a, P> = (
    P,
    PageReply<'a, <P as Paginate<'a>>::Page, <P as Paginate<'a>>::Error>,
);

/// The pages of a list, in order, as a [`Stream`] of replies.
#[must_use = "a stream does nothing until it is polled"]
pub struct Pages<'a, P: Paginate<'a>> {
    /// The request for the next page, when it has not been sent yet.
    next: Option<P>,
    /// The request in flight, and its reply to come.
    pending: Option<InFlight<'a, P>>,
}

impl<'a, P: Paginate<'a>> Pages<'a, P> {
    /// The pages, from the one `first` asks for.
    pub fn new(first: P) -> Self {
        Pages {
            next: Some(first),
            pending: None,
        }
    }
}

impl<'a, P: Paginate<'a>> Unpin for Pages<'a, P> {}

impl<'a, P: Paginate<'a>> Stream for Pages<'a, P> {
    type Item = Result<Response<P::Page>, Error<P::Error>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some((_, reply)) = &mut this.pending {
                let reply = std::task::ready!(reply.as_mut().poll(cx));
                let sent = this.pending.take().map(|(request, _)| request);
                return Poll::Ready(Some(match reply {
                    Ok(page) => {
                        this.next = sent.and_then(|request| request.next(page.body()));
                        Ok(page)
                    }
                    // After an error, nothing follows: the caller decides.
                    Err(error) => Err(error),
                }));
            }
            let Some(request) = this.next.take() else {
                return Poll::Ready(None);
            };
            let reply = request.clone().fetch();
            this.pending = Some((request, reply));
        }
    }
}

impl<'a, P: Paginate<'a>> std::fmt::Debug for Pages<'a, P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("in_flight", &self.pending.is_some())
            .field("more", &self.next.is_some())
            .finish()
    }
}

/// The items of a list, in order, page after page, as a [`Stream`].
#[must_use = "a stream does nothing until it is polled"]
pub struct Items<'a, P: Paginate<'a>> {
    pages: Pages<'a, P>,
    buffered: VecDeque<P::Item>,
}

impl<'a, P: Paginate<'a>> Items<'a, P> {
    /// The items, from the page `first` asks for.
    pub fn new(first: P) -> Self {
        Items {
            pages: Pages::new(first),
            buffered: VecDeque::new(),
        }
    }
}

impl<'a, P: Paginate<'a>> Unpin for Items<'a, P> {}

impl<'a, P: Paginate<'a>> Stream for Items<'a, P> {
    type Item = Result<P::Item, Error<P::Error>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.buffered.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            match std::task::ready!(Pin::new(&mut this.pages).poll_next(cx)) {
                None => return Poll::Ready(None),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                Some(Ok(page)) => this.buffered.extend(P::items(page.into_body())),
            }
        }
    }
}

impl<'a, P: Paginate<'a>> std::fmt::Debug for Items<'a, P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffered.len())
            .finish()
    }
}

/// Whether an offset has reached a total (of any integer types).
pub fn reached(offset: impl Into<i64>, total: impl Into<i64>) -> bool {
    offset.into() >= total.into()
}

/// An offset moved on by `received` items; `None` when it would not fit
/// its type (the list cannot go on).
pub fn advance_offset<T>(offset: Option<T>, received: usize) -> Option<T>
where
    T: Copy + Default + TryFrom<i64> + Into<i64>,
{
    let from: i64 = offset.unwrap_or_default().into();
    let to = from.checked_add(i64::try_from(received).ok()?)?;
    T::try_from(to).ok()
}
