//! Functions that live in a later part of the built app (the `split` feature) and are called
//! without waiting once their part has come: [`later_fn!`] declares one, [`now`] calls it. Without
//! the feature (tests, `cargo check`) they are ordinary functions, always there.

use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::task::{Context, Poll, Waker};

/// Declares a function fetched in the later part `$part` (a file of its own, or shared with the
/// screens of that name), called through [`now`] once the part is known to be there.
macro_rules! later_fn {
    ($part:ident, $(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block $(,)?) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Result<$ret, ::leptos::wasm_split::SplitLoaderError> {
            Ok($body)
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> Result<$ret, ::leptos::wasm_split::SplitLoaderError> {
            Ok($body)
        }
    };
}
pub(crate) use later_fn;

/// The answer of a later function whose part has already come, at once; `None` when it has not.
/// Each later function has a loader of its own: call this only once that function's own preload
/// has finished (see `web::saving::fetch`), even when another function of the same part is there.
pub fn now<T>(call: impl Future<Output = Result<T, SplitLoaderError>>) -> Option<T> {
    let mut call = std::pin::pin!(call);
    match call.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(answer)) => Some(answer),
        _ => None,
    }
}
