import MemoryModel
import RustFrontEnd

/// A place in the source for a runtime message (panics report `line:column`).
package struct SourcePoint: Sendable, Equatable {
  package var line: Int32
  package var column: Int32
  /// Arithmetic a `sum`/`product` does inside core's `Sum`/`Product` impl: its overflow is
  /// reported at that library line, not this point.
  package var inLibraryAccumulator = false

  package init(_ location: SourceLocation) {
    line = Int32(clamping: location.line)
    column = Int32(clamping: location.column)
  }

  package init(line: Int32, column: Int32) {
    self.line = line
    self.column = column
  }
}

/// One item a scope's end drops: a local, or the temporaries a `let r = &make();` extended.
package enum ScopeItem: Sendable, Equatable {
  case slot(Int)
  case extendedTemporaries(Int)
}

/// How an index is checked and turned into an element address.
package enum IndexBase: Sendable, Equatable {
  /// An array place: its address is on the stack.
  case array(length: Int)
  /// A `Vec` place: the address of its three words is on the stack.
  case vec
  /// A `&[T]` value is on the stack.
  case slice
}

/// The interpreter's instructions. Operands live on a per-frame stack of `Value`s;
/// addresses are pushed as `.pointer(address:kind:.raw)`.
package enum Instruction: Sendable {
  /// Start a new trace step when execution reaches a new line (or re-enters one).
  case mark(SourcePoint, reentry: Bool)

  case push(Value)
  /// Discard the top value (it needs no drop).
  case pop
  case duplicate
  /// Duplicate the top two values (`a b` → `a b a b`).
  case duplicatePair
  case swapTop
  /// Remove `count` values from under the top value.
  case removeUnder(count: Int)
  /// Keep `depth` operands of this frame (plus the top `keep` values), dropping nothing.
  case truncate(depth: Int, keep: Int)

  // Locals (`path` walks into struct fields / tuple elements / array elements).
  case load(slot: Int, path: [Int])
  /// Move out of a local (or a part of it: `offset`/`size` say which bytes).
  case move(slot: Int, path: [Int], offset: Int, size: Int)
  /// `let`: the slot gets its first value.
  case initialize(slot: Int)
  /// Write a whole live slot or a part of it (the old value was already dropped).
  case write(slot: Int, path: [Int], offset: Int, size: Int)
  /// Drop the value in the slot (or a part) before an assignment overwrites it.
  case dropSlotValue(slot: Int, path: [Int], offset: Int, type: Int)
  /// A scope ends: drop the live items (already in reverse order); `announce` marks every
  /// slot dead (inner scopes) rather than only those with something to drop.
  case endScope([ScopeItem], announce: Bool)
  /// `drop(x)`: the value moves out of the slot and is dropped in place.
  case dropLocal(slot: Int, type: Int)
  case addressOfSlot(slot: Int, offset: Int)

  // Memory through addresses.
  case offset(Int)
  /// Turn an address into a reference of this kind.
  case retag(PointerKind)
  case loadIndirect(type: Int)
  case moveIndirect(type: Int)
  /// Pop a value and the address under it; write the value there (no drop).
  case storeIndirect(type: Int)
  /// Pop an address and drop the value there (before an assignment through a pointer).
  case dropIndirect(type: Int)
  /// Pop a `&T` / `Box<T>` / `Rc<T>` value and push the address it points at.
  case derefPointer(type: Int)
  /// Pop an index and a base; bounds-check; push the element's address.
  case indexAddress(IndexBase, elementSize: Int, at: SourcePoint)
  /// Pop a range's bounds and a base (as for `indexAddress`); push a `&[T]` / `&str`.
  case sliceRange(
    IndexBase, elementSize: Int, isString: Bool, hasLow: Bool, hasHigh: Bool, inclusive: Bool, at: SourcePoint
  )
  case staticAddress(UInt64)

  // Aggregates.
  case makeTuple(count: Int)
  case makeArray(count: Int)
  /// Pop `order.count` values; value k becomes field `order[k]`.
  case makeStruct(type: Int, order: [Int])
  case makeVariant(type: Int, variant: Int, count: Int)
  case repeatArray(count: Int)
  /// Replace an aggregate value by one of its parts.
  case extract(Int)

  // Operators.
  case arithmetic(BinaryOperator, type: Int, at: SourcePoint)
  case compare(BinaryOperator, type: Int)
  case negate(type: Int, at: SourcePoint)
  case not(type: Int)
  case cast(from: Int, to: Int)

  // Control flow.
  case jump(Int)
  case jumpIfFalse(Int)
  case jumpIfTrue(Int)
  case call(function: Int, arguments: Int, at: SourcePoint)
  /// A method of `dyn Trait`: the function in this slot of the receiver's vtable (the
  /// receiver, the first argument, becomes a plain pointer to the value).
  case callDynamic(slot: Int, arguments: Int, at: SourcePoint)
  /// A call through a function pointer, the first of the arguments: the function whose code
  /// lies at that address (function `i` at `codeBase + i * 0x1000`, the `.text` model).
  case callPointer(arguments: Int, codeBase: UInt64, at: SourcePoint)
  /// A pointer (reference or box) becomes a trait object with this vtable.
  case makeTraitObject(vtable: UInt64, kind: PointerKind)
  case returnFromFunction
  case unreachable(at: SourcePoint)

  // Temporaries.
  /// Pop a value into a new temporary; push its address. `extended` ties it to a `let`.
  case materialize(type: Int, depth: Int, extended: Int?)
  /// The statement at this nesting depth ends: drop its temporaries.
  case endStatement(depth: Int)
  /// Pop a value and drop it now (`let _ = make();`, an unused result).
  case dropValue(type: Int)

  // Iteration (each `for` loop of a function has a register).
  case iteratorStart(
    register: Int, kind: TypeTerm.IteratorKind, elementType: Int, inclusive: Bool, at: SourcePoint)
  case iteratorAdapt(register: Int, enumerate: Bool, reverse: Bool)
  case iteratorNext(register: Int, exit: Int)
  case iteratorEnd(register: Int)
  case iteratorFold(register: Int, Builtin, resultType: Int, at: SourcePoint)

  // Patterns: the scrutinee's address and value are the top two operands.
  case testVariant(path: [Int], variant: Int, fail: Int)
  case testLiteral(path: [Int], Value, type: Int, fail: Int)
  case testRange(path: [Int], low: Value, high: Value, inclusive: Bool, type: Int, fail: Int)
  /// Follow the pointer at `path` in the scrutinee: push its target's address and value.
  case enterPointer(path: [Int], pointee: Int)
  /// Fail unless the slice the reference at `path` points at has `count` elements, or at
  /// least `count` when the pattern has a `..`.
  case testSliceLength(path: [Int], count: Int, orMore: Bool, fail: Int)
  /// Push the address and value of an element of the slice at `path`: `index` from the
  /// front, or from the back when `fromEnd` (1 is the last element).
  case enterSliceElement(path: [Int], index: Int, fromEnd: Bool, element: Int)
  /// Push the slice at `path` without its first `prefix` and last `suffix` elements (a
  /// reference of the same kind), under a placeholder address: what `rest @ ..` binds.
  case enterSliceRest(path: [Int], prefix: Int, suffix: Int, element: Int)
  /// Push `count` elements of the array at `path` from `start` on, as an array, under the
  /// address `offset` bytes into the scrutinee: what `mid @ ..` binds in an array pattern.
  case enterSubarray(path: [Int], start: Int, count: Int, offset: Int)
  case bindCopy(path: [Int], slot: Int)
  case bindMove(path: [Int], slot: Int, offset: Int, size: Int)
  case bindReference(offset: Int, slot: Int, kind: PointerKind)
  /// Register the move of a binding's bytes after a guard succeeded.
  case commitMove(offset: Int, size: Int)

  // Library.
  case builtin(Builtin, types: [Int], at: SourcePoint)
  /// Allocate a `vec![…]` buffer for `count` elements before they are evaluated.
  case vecAllocate(elementType: Int, count: Int)
  /// Pop `count` elements and the `Vec` under them; write them into its buffer.
  case vecFill(count: Int)
  case vecRepeat(elementType: Int, at: SourcePoint)
  case format(FormatTemplate, types: [Int])
  case print(Event.Stream, FormatTemplate, types: [Int])
  /// `write!(f, …)`: pops the values and the `&mut Formatter`, pushes `Ok(())`.
  case formatterWrite(FormatTemplate, types: [Int])
  case panic(FormatTemplate, types: [Int], at: SourcePoint)
  case assertFailed(message: String, FormatTemplate?, types: [Int], at: SourcePoint)
  case assertEqualFailed(isEqual: Bool, type: Int, FormatTemplate?, types: [Int], at: SourcePoint)
  /// `&String` → `&str`, `&Vec<T>` → `&[T]`, `&[T; N]` → `&[T]`, `&Box<T>` → `&T`, `&Rc<T>` → `&T`.
  case coerce(Coercion, type: Int)
}

/// A function ready to run.
package struct CompiledFunction: Sendable {
  package var name: String
  package var code: [Instruction]
  package var layoutIndex: Int
  package var slotTypes: [Int]
  package var parameterSlots: [Int]
  package var registerCount: Int
  package var returnType: Int
}
