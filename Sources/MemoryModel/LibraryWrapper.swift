/// The standard library's one-parameter wrappers around a value that memtutor models:
/// `std::cell::{Cell, RefCell, Ref, RefMut}` and `std::rc::Weak`.
package enum LibraryWrapper: String, Hashable, Sendable {
  /// `Cell<T>`: the value itself (same size), changed through `&self`.
  case cell = "Cell"
  /// `RefCell<T>`: `{ borrow: isize, value: T }`, the borrow flag counting the live guards.
  case refCell = "RefCell"
  /// `Ref<'_, T>`: a pointer to the value and one to its `RefCell`'s borrow flag.
  case ref = "Ref"
  /// `RefMut<'_, T>`: the same two pointers, for the one mutable borrow.
  case refMut = "RefMut"
  /// `Weak<T>`: a pointer to an `Rc`'s block that keeps the block, not the value, alive.
  case weak = "Weak"
  /// `mpsc::Sender<T>`: the channel's flavour and a pointer to its shared block (16 bytes).
  case sender = "Sender"
  /// `mpsc::Receiver<T>`: the same two words, for the receiving end.
  case receiver = "Receiver"
  /// `slice::Iter<'_, T>` kept in a variable: the next element's address and the end's.
  case sliceIter = "Iter"
  /// `slice::IterMut<'_, T>`: the same two pointers, handing out `&mut T`.
  case sliceIterMut = "IterMut"
  /// `str::Chars<'_>` (no parameter; `inner` is `()`): a byte iterator over the UTF-8 text.
  case chars = "Chars"
  /// `str::CharIndices<'_>`: the byte offset of the next `char`, then a `Chars`.
  case charIndices = "CharIndices"
  /// `vec::IntoIter<T>`: the buffer it owns, its capacity, and the next and end pointers.
  case vecIntoIter = "IntoIter"
  /// `Peekable<I>` (`inner` is the iterator `I`): the iterator and the item `peek` fetched.
  case peekable = "Peekable"
  /// `Flatten<I>` (`inner` is `I`): the outer iterator, then the inner iterators at the front
  /// and the back (`Option`s, `None` until an item is taken from that end).
  case flatten = "Flatten"
  /// `option::Iter<'_, T>`: the `Option<&T>` it has yet to give.
  case optionIter = "option::Iter"
  /// `option::IntoIter<T>`: the `Option<T>` it has yet to give.
  case optionIntoIter = "option::IntoIter"
  /// `vec::Drain<'_, T>`: the drained range's next and end pointers, where the kept tail
  /// starts and how long it is, and the `Vec` (whose length stays at the range's start until
  /// the `Drain` drops and moves the tail down).
  case drain = "Drain"
  /// `Chain<A, B>` (`inner` is the tuple `(A, B)`): `a: Option<A>`, cleared once it runs out,
  /// then `b: Option<B>`.
  case chain = "Chain"
  /// `Rev<I>` (`inner` is `I`, a `Chain`): the iterator, walked from its back.
  case rev = "Rev"
  /// `VecDeque<T>`: a ring buffer, `[cap, ptr, head, len]` as rustc 1.95 lays it out (the
  /// `RawVec`'s capacity and pointer, then the index of the front element and the count).
  case vecDeque = "VecDeque"
  /// `BinaryHeap<T>`: a max-heap kept in a `Vec<T>` (`data`, the same 24 bytes), its elements
  /// in the array order std's sift-up and sift-down leave them.
  case binaryHeap = "BinaryHeap"
  /// `cmp::Reverse<T>`: the value itself (`#[repr(transparent)]`), ordered the other way.
  case reverse = "Reverse"
  /// `Filter<I, P>` kept in a variable (`inner` is the tuple `(I, P)`): the iterator and the
  /// closure. Its `next` calls the closure, so the checker writes it out where it is called.
  case filter = "Filter"
  /// `Map<I, F>` (`inner` is `(I, F, Item)`: the closure's result is named last, as the item).
  case map = "Map"
  /// `Skip<I>` (`inner` is `I`): the iterator and the count still to pass over.
  case skip = "Skip"
  /// `Enumerate<I>` (`inner` is `I`): the iterator and the count of items given so far.
  case enumerate = "Enumerate"
  /// `Take<I>` (`inner` is `I`): the iterator and the count still to give.
  case take = "Take"
  /// `Copied<I>` (`inner` is `I`, an iterator of references): the iterator.
  case copied = "Copied"
  /// `Cloned<I>`: the iterator, its items' referents cloned.
  case cloned = "Cloned"
  /// `Zip<A, B>` (`inner` is `(A, B)`): both iterators, then std's `index`, `len` and `a_len`
  /// (used when both halves can be indexed: slice and `Vec` iterators).
  case zip = "Zip"
  /// `ops::RangeFrom<T>` (`start..`) held by a kept adapter (`v.iter().zip(1..)`): its `start`,
  /// stepped on by each `next` (the step past `T::MAX` overflows).
  case rangeFrom = "RangeFrom"
  /// `iter::Repeat<T>` under a kept `Take` (`let it = repeat(5).take(3);`): the value each
  /// `next` gives a copy of.
  case repeatValue = "Repeat"
  /// `str::Split<'_, char>` kept in a variable (`inner` is `char`): std's `SplitInternal`, the
  /// piece's `start` and the text's `end`, the `CharSearcher` (the text, its `finger` and
  /// `finger_back`, the needle and its UTF-8 bytes) and the `allow_trailing_empty` and
  /// `finished` flags.
  case split = "Split"
  /// `str::SplitWhitespace<'_>`: a `Filter` of empty pieces over a `Split` whose searcher is a
  /// `CharIndices` over the text looking for whitespace (the same fields, no padding).
  case splitWhitespace = "SplitWhitespace"
  /// `str::Lines<'_>`: a `Map` over `split_inclusive('\n')`, a `SplitInternal` like `Split`'s
  /// with `allow_trailing_empty` false; each piece loses its `\n` (and a `\r` before it).
  case lines = "Lines"
  /// A function pointer, `fn(i32) -> i32` (`inner` is the tuple of the parameter types and
  /// then the result type): one non-null word, the address of the function's code.
  case functionPointer = "fn"

  /// The names of its fields, as std declares them (for the screen and owners' names).
  package var fieldNames: [String] {
    switch self {
    case .cell: ["value"]
    case .refCell: ["borrow", "value"]
    case .ref, .refMut: ["value", "borrow"]
    case .weak: []
    case .sender, .receiver: ["flavor", "counter"]
    case .sliceIter, .sliceIterMut, .chars: ["ptr", "end"]
    case .charIndices: ["front_offset", "ptr", "end"]
    case .vecIntoIter: ["buf", "cap", "ptr", "end"]
    case .peekable: ["iter", "peeked"]
    case .flatten: ["iter", "frontiter", "backiter"]
    case .optionIter, .optionIntoIter: ["inner"]
    case .drain: ["ptr", "end", "tail_start", "tail_len", "vec"]
    case .chain: ["a", "b"]
    case .rev: ["iter"]
    case .vecDeque: ["cap", "ptr", "head", "len"]
    case .binaryHeap: ["data"]
    case .reverse: ["0"]
    case .filter: ["iter", "predicate"]
    case .map: ["iter", "f"]
    case .skip, .take: ["iter", "n"]
    case .enumerate: ["iter", "count"]
    case .copied, .cloned: ["it"]
    case .zip: ["a", "b", "index", "len", "a_len"]
    case .rangeFrom: ["start"]
    case .repeatValue: ["element"]
    case .split, .splitWhitespace, .lines: ["start", "end", "matcher", "allow_trailing_empty", "finished"]
    case .functionPointer: []
    }
  }

  /// Whether the type is a library iterator kept as a value (`let mut it = v.iter();`).
  package var isIterator: Bool {
    switch self {
    case .sliceIter, .sliceIterMut, .chars, .charIndices, .vecIntoIter, .peekable, .flatten, .optionIter,
      .optionIntoIter, .drain, .chain, .rev, .filter, .map, .skip, .take, .copied, .cloned, .zip, .split,
      .splitWhitespace, .lines, .rangeFrom, .repeatValue, .enumerate:
      true
    default: false
    }
  }

  /// Whether the type's name has no parameter (`Chars`, not `Chars<()>`).
  package var isUnparameterized: Bool {
    self == .chars || self == .charIndices || self == .splitWhitespace || self == .lines
  }

  /// The fields of a text splitter's `SplitInternal`, as types: `start`, `end`, the searcher
  /// (a `CharSearcher`; for a closure pattern the closure, the text and a `CharIndices`, as for
  /// `SplitWhitespace`), and the two flags.
  package func splitterFields(inner: RustType) -> [RustType]? {
    let text = RustType.reference(.str, mutable: false)
    let matcher: RustType
    switch self {
    case .split where inner != .char:
      matcher = .tuple([inner, text, .library(.charIndices, .unit)])
    case .split, .lines:
      matcher = .tuple([
        text, .integer(.usize), .integer(.usize), .char, .integer(.u8), .array(.integer(.u8), 4),
      ])
    case .splitWhitespace:
      matcher = .tuple([text, .library(.charIndices, .unit)])
    default:
      return nil
    }
    return [.integer(.usize), .integer(.usize), matcher, .bool, .bool]
  }

  /// The type's name with its parameter's.
  package func name(inner: String) -> String {
    if self == .functionPointer {
      // `(i32, i32)`: the parameters, then the result (`(),` alone for `fn()`).
      var list =
        inner.hasPrefix("(") && inner.hasSuffix(")") ? inner.dropFirst().dropLast() : Substring(inner)
      if list.hasSuffix(",") { list = list.dropLast() }
      let parts = Self.topLevelParts(list)
      let result = parts.last ?? "()"
      return "fn(\(parts.dropLast().joined(separator: ", ")))" + (result == "()" ? "" : " -> \(result)")
    }
    if self == .chain || self == .filter || self == .zip, inner.hasPrefix("("), inner.hasSuffix(")") {
      // Its two parameters are kept as one tuple.
      return "\(rawValue)<\(inner.dropFirst().dropLast())>"
    }
    if self == .map, inner.hasPrefix("("), inner.hasSuffix(")") {
      // `(I, F, Item)`: the item is named only to type `next`.
      return
        "\(rawValue)<\(Self.topLevelParts(inner.dropFirst().dropLast()).prefix(2).joined(separator: ", "))>"
    }
    return isUnparameterized ? rawValue : "\(rawValue)<\(inner)>"
  }

  /// A list of type names split at its top-level commas.
  private static func topLevelParts(_ text: Substring) -> [String] {
    var parts: [String] = []
    var depth = 0
    var current = ""
    for character in text {
      switch character {
      case "<", "(", "[", "{": depth += 1
      case ">", ")", "]", "}": depth -= 1
      default: break
      }
      if character == ",", depth == 0 {
        parts.append(String(current.drop { $0 == " " }))
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(String(current.drop { $0 == " " }))
    return parts
  }

  /// The item a library iterator yields, given its parameter.
  package func iteratorItem(_ inner: RustType) -> RustType? {
    switch self {
    case .sliceIter: .reference(inner, mutable: false)
    case .sliceIterMut: .reference(inner, mutable: true)
    case .chars: .char
    case .charIndices: .tuple([.integer(.usize), .char])
    case .split, .splitWhitespace, .lines: .reference(.str, mutable: false)
    case .vecIntoIter: inner
    case .peekable: Self.keptIteratorItem(inner)
    case .rev:
      if case .library(let wrapped, let iterated) = inner {
        wrapped.iteratorItem(iterated)
      } else if case .range(let element, _) = inner {
        element
      } else {
        nil
      }
    case .skip, .take: Self.keptIteratorItem(inner)
    case .enumerate: Self.keptIteratorItem(inner).map { .tuple([.integer(.usize), $0]) }
    case .copied, .cloned:
      if case .reference(let referent, _) = Self.keptIteratorItem(inner) { referent } else { nil }
    case .zip:
      if case .tuple(let halves) = inner, halves.count == 2, let first = Self.keptIteratorItem(halves[0]),
        let second = Self.keptIteratorItem(halves[1])
      {
        .tuple([first, second])
      } else {
        nil
      }
    case .filter:
      if case .tuple(let parts) = inner, let first = parts.first { Self.keptIteratorItem(first) } else { nil }
    case .map:
      if case .tuple(let parts) = inner, parts.count == 3 { parts[2] } else { nil }
    case .flatten:
      if case .library(let front, let frontInner) = Self.flattenFront(outer: inner) {
        front.iteratorItem(frontInner)
      } else {
        nil
      }
    case .optionIter: .reference(inner, mutable: false)
    case .optionIntoIter, .drain, .rangeFrom, .repeatValue: inner
    case .chain:
      if case .tuple(let halves) = inner, let first = halves.first {
        Self.keptIteratorItem(first)
      } else {
        nil
      }
    default: nil
    }
  }

  /// The item of a library iterator or of a `Range` kept as a value (a half of a `Chain`).
  package static func keptIteratorItem(_ type: RustType) -> RustType? {
    switch type {
    case .library(let wrapper, let inner): wrapper.iteratorItem(inner)
    case .range(let bound, _): bound
    default: nil
    }
  }

  /// The inner iterator of `Flatten<outer>`.
  package static func flattenFront(outer: RustType) -> RustType? {
    guard case .library(let wrapped, let iterated) = outer, let item = wrapped.iteratorItem(iterated) else {
      return nil
    }
    return flattenedIterator(of: item)
  }

  /// The iterator `flatten` walks each item with: a `Vec` or array by reference, a `Vec` by
  /// value, an `Option` either way (nil for items memtutor does not flatten).
  package static func flattenedIterator(of item: RustType) -> RustType? {
    switch item {
    case .reference(.vec(let element), false), .reference(.array(let element, _), false):
      .library(.sliceIter, element)
    case .vec(let element): .library(.vecIntoIter, element)
    case .reference(.option(let value), false): .library(.optionIter, value)
    case .option(let value): .library(.optionIntoIter, value)
    default: nil
    }
  }

  /// Whether the type is a guard that borrows a `RefCell` (`Ref`, `RefMut`).
  package var isGuard: Bool { self == .ref || self == .refMut }

  /// Whether the type is one end of an `mpsc` channel.
  package var isChannelEnd: Bool { self == .sender || self == .receiver }
}
