/// The library functions and methods memtutor runs itself. Receivers come first in the
/// argument list: by reference (a pointer value) for `&self` / `&mut self` methods, by value
/// for `self` methods.
package enum Builtin: Sendable, Equatable, Hashable {
  // Constructors and free functions.
  case stringNew
  case stringFrom
  case stringWithCapacity
  case vecNew
  case vecWithCapacity
  /// The buffer `collect` starts with for `n` items from an exact-size iterator that is not
  /// `TrustedLen` (a hash table's): none for 0, else `max(MIN_NON_ZERO_CAP, n)`.
  case vecForCollect
  /// `Vec::from([1, 2, 3])` and `[1, 2, 3].to_vec()`-like exact copies of an array value.
  case vecFromArray
  case boxNew
  case boxLeak
  case rcNew
  /// `Arc::new`: an `Rc` block whose counts change atomically.
  case arcNew
  case rcClone
  case rcStrongCount
  case rcWeakCount
  case rcPointerEqual
  /// `Cell`, `RefCell` and `Weak` functions and methods, and `Rc::downgrade`, by path
  /// (`Cell::get`, `RefCell::borrow_mut`, `Weak::upgrade`, …).
  case cell(String)
  /// A library iterator kept as a value (`Iter`, `Chars`, `IntoIter`, `Peekable`, …):
  /// `make` (from the slice, text or `Vec` it walks), `next`, `peek` and `peekable`.
  case libraryIterator(String)
  case sizeOf(TypeTerm)
  case alignOf(TypeTerm)
  case sizeOfValue
  case drop
  case forget
  case swap
  case replace
  case take
  case processExit
  /// `T::default()` for types that derive `Default` (and the library's own).
  case defaultValue
  /// A fresh `&mut Formatter` for one `{}` placeholder whose type implements `Display` by hand.
  case formatterNew(FormatString.Spec)
  /// `Formatter::write_str`, `pad`, `width`, `precision`, `alternate`.
  case formatterMethod(String)
  /// The text a `Display` impl wrote, as the `String` of `to_string()`.
  case formatterFinishString
  /// A fresh `&mut Formatter` with the options of the one being written into (the newest):
  /// the formatter a `debug_struct(…).field(…)` chain hands a field with its own `Debug`.
  case formatterDerived
  /// A whole `debug_struct(…)…finish()` chain (`Checker+DebugBuilders`).
  case debugBuilder(DebugBuilderPlan)
  /// Marks where the element texts of a container's `{:?}` walk start (`Checker+DebugContainers`).
  case debugRenderedBegin
  /// A container's `{:?}` written with the texts its walk's `fmt` calls left in place of the
  /// values of the named types.
  case debugRendered(FormatString.Spec, leafNames: [String])
  /// `to_string()` on a type with the program's own `Display` (the method lookup's marker;
  /// the call is rewritten to the impl's `fmt` and `formatterFinishString`).
  case displayImplToString(Int)
  /// `HashMap` / `HashSet` constructors and methods, by name (`new`, `insert`, `get`, …).
  case hashTable(String)
  /// `VecDeque` constructors and methods, by name (`new`, `push_back`, `front`, …).
  case vecDeque(String)
  /// `BinaryHeap` constructors and methods, by name (`new`, `push`, `pop`, `peek`, …), and
  /// `cmp::Reverse(value)` (named `Reverse`), which orders a max-heap's elements the other way.
  case binaryHeap(String)
  /// `thread::spawn(closure)`: the closure's function runs on a new thread.
  case threadSpawn(function: Int)
  /// `handle.join()`, `thread::yield_now()`, by name.
  case thread(String)
  /// `Mutex::new(value)`, `mutex.lock()`, by name.
  case mutex(String)
  /// `AtomicUsize::new(v)`, `atomic.load(…)`, `fetch_add`, … by name.
  case atomic(String)
  /// `mpsc::channel()`, `tx.send(v)`, `rx.recv()`, … by name.
  case channel(String)
  /// `io::stdin()`, `io::stdout()`, `Stdin::read_line`, `Stdout::flush`, … by name.
  case standardIO(String)

  // String (receiver `&String` / `&mut String`).
  case stringPush
  case stringPushStr
  case stringCapacity
  case stringClear
  case stringTruncate
  case stringPop
  case stringReserve
  case stringShrinkToFit
  case stringInsert
  case stringRemove

  // str (receiver `&str`).
  case strLength
  case strIsEmpty
  /// `to_string`, `to_owned`, `String::from(&str)`, `into`: an exact copy in a new `String`.
  case strToString
  case strAsPointer
  case strContains
  case strStartsWith
  case strEndsWith
  case strToUppercase
  case strToLowercase
  case strTrim
  case strChars
  case strBytes
  case stringAsStr
  /// `Vec::as_slice`: the buffer and length as a `&[T]`, as `as_str` is for a `String`.
  case vecAsSlice
  case vecAsMutSlice

  // Vec (receiver `&Vec<T>` / `&mut Vec<T>`).
  case vecPush
  case vecPop
  case vecCapacity
  case vecInsert
  case vecRemove
  case vecClear
  case vecReserve
  case vecReserveExact
  case vecShrinkToFit
  case vecExtendFromSlice
  case vecTruncate
  case vecSwapRemove
  /// `v.split_off(at)`: the elements from `at` on move to a new `Vec` of exactly their count.
  case vecSplitOff
  /// `a.append(&mut b)` of plain values: `b`'s elements move to the end of `a`, `b` is left empty.
  case vecAppend
  /// `v.into_iter()` and `for x in v`: moves the Vec into an owning iterator.
  case vecIntoIterator

  // Slices (receiver `&[T]` / `&mut [T]`).
  case sliceLength
  case sliceIsEmpty
  case sliceGet
  case sliceFirst
  case sliceLast
  case sliceContains
  case sliceAsPointer
  case sliceIterator
  case sliceMutableIterator
  case sliceToVec
  case sliceSwap
  case sliceSum
  case sliceReverse

  // Option (receiver by value unless noted).
  case optionIsSome
  case optionIsNone
  case optionUnwrap
  case optionExpect
  case optionUnwrapOr
  case optionTake
  case optionAsReference
  /// `Option<&T>::copied()` / `cloned()`.
  case optionCopied
  /// `Option::ok_or(err)`.
  case optionOkOr
  /// `Option::{replace, zip, xor, or}` by name.
  case optionMethod(String)

  // Result (receiver by value, except `is_ok`/`is_err`, by reference).
  case resultIsOk
  case resultIsErr
  case resultUnwrap
  case resultExpect
  /// `unwrap_err()` / `expect_err(msg)`: the error, or a panic showing the value.
  case resultUnwrapErr
  case resultExpectErr
  /// `as_ref()` / `as_mut()`: `Result<&T, &E>` pointing into the receiver.
  case resultAsReference
  /// `"text".into()` where `dyn Error` is in use: a `String`, or a `Box<dyn Error>` holding
  /// the text in std's `StringError`, as the call's type settled.
  case textInto
  case resultUnwrapOr
  case resultOk
  case resultErr
  /// `str::parse::<T>()` for integers and floats.
  case strParse

  // Numbers, chars, bools (receiver by value).
  case integerMethod(String)
  case floatMethod(String)
  case charMethod(String)
  /// `str` methods by name: `trim_start`, `trim_end`, `repeat`, `replace` (receiver `&str`).
  case textMethod(String)
  /// A function pointer to function `index` (a named function, or a closure that captures
  /// nothing, whose value is the one argument): the address of its code in `.text`.
  case functionAddress(Int)
  /// Slice methods by name: `sort`, `sort_unstable` (receiver `&mut [T]`, `T` an integer,
  /// `char` or `bool`).
  case sliceMethod(String)
  /// `cmp` / `partial_cmp` (receiver `&T`, argument `&T`): a `std::cmp::Ordering`.
  case orderingMethod(String)
  /// `windows`, `chunks`, `split`, `split_whitespace`, `lines`: an iterator of sub-slices
  /// (checked as an `iterate` of the receiver and its argument).
  case pieces(PieceRule)

  /// `clone()` of any `Clone` type (receiver `&T`).
  case clone
  /// `to_string()` of a `Display` value (receiver `&T`): numbers, chars, bools.
  case displayToString

  // Iterators (receiver: the iterator value).
  case iteratorSum
  case iteratorCount
  case iteratorMax
  case iteratorMin
  case iteratorCollectVec
}
