//! memphis-values — PHP values as Zend lays them out.
//!
//! A [`Zval`] is 16 bytes: scalars inline, or a handle to a refcounted block in the PHP heap
//! ([`memphis_mm`]): [`ZStr`] (`zend_string`), [`ZArr`] (`zend_array`), [`ZObj`]
//! (`zend_object`), [`ZRef`] (`zend_reference`). Handles do the reference counting in
//! `Clone`/`Drop`, so no code path can forget an increment or a release; copy-on-write happens
//! in the mutating methods of strings and arrays.
//!
//! Values know no syntax and no VM: conversions and comparisons with PHP's rules live in
//! [`convert`]; everything that needs to run PHP code (destructors, `__toString`) is left to the
//! VM through the pending-destructor queue and the [`interrupt`] flag.

pub mod array;
pub mod convert;
pub mod gc;
pub mod interrupt;
pub mod object;
pub mod reference;
pub mod release;
pub mod resource;
pub mod string;
pub mod weak;
pub mod zval;

pub use array::{Key, KeyRef, ZArr};
pub use object::{ClassEntry, PropInfo, ZObj};
pub use reference::ZRef;
pub use resource::ZRes;
pub use string::ZStr;
pub use zval::Zval;
