import MemoryModel

/// What the checker knows about closures while it checks one function: the closure whose body
/// it is inside (with the enclosing function's state set aside), the closures made so far, and
/// the finished closure functions, appended after the program's own functions.
package struct ClosureState {
  /// A closure's signature, for calls through the variable that holds it.
  package struct Signature {
    package var functionIndex: Int
    package var parameterTypes: [TypeTerm]
    package var returnType: TypeTerm
    /// `FnMut`: the call borrows the closure mutably.
    package var mutatesCaptures: Bool
    /// `FnOnce`: the call takes the closure by value (it moves a capture out of itself).
    package var consumes = false
    /// A generic parameter's stand-in (`F: Fn(i32) -> i32`): known only by its bound.
    package var isOpaque = false
    /// Where the body's value is made when that is one plain expression (no `return`, no
    /// branches): where rustc reports a result that differs from a wanted fn pointer's.
    package var resultSpan: SourceSpan?

    package var kind: ClosureBound.Kind { consumes ? .fnOnce : mutatesCaptures ? .fnMut : .fn }
  }

  struct Capture {
    var name: String
    var outerSlot: Int
    var standInSlot: Int
    var mutated = false
    /// The first write (`n += 1`) or `&mut` use of the capture, for the errors that name it.
    var mutationSpan: SourceSpan?
    var mutationIsAssignment = false
    /// Where the body names the capture in a place it writes or borrows mutably (the `p` of
    /// `p.age += 1`), to tell which of its fields the closure changes.
    var mutationSpans: Set<SourceSpan> = []
    /// Where the body first names the capture: rustc's "borrowed value does not live long
    /// enough" points there, not at the closure's `||`.
    var firstUseSpan: SourceSpan?
  }

  /// A closure given where a bound asks for a closure trait: checked once its kind is known.
  struct KindRequirement {
    var structName: String
    var kind: ClosureBound.Kind
    /// The closure is written in the call itself: rustc then gives it the bound's kind and
    /// reports the capture that breaks it (E0594, E0596, E0507); otherwise E0525.
    var isLiteral: Bool
    /// The generic instance the closure is given to.
    var instance: Int?
    /// Required by a generic impl's bound at a method call on the struct that holds the
    /// closure: where rustc reports it depends on how the struct was made, so it is refused.
    var isHeld = false
  }

  /// The enclosing function's per-function state while a closure body is checked.
  struct Enclosing {
    var locals: [LocalVariable]
    var scopes: [[String: Int]]
    var declaredInScope: [[Int]]
    var loops: [Checker.LoopContext]
    var deferredLocals: Set<Int>
    var loopBreaks: Set<Int>
    var orPatternSlots: [String: Int]?
    var nextLoopID: Int
    var returnType: TypeTerm
  }

  /// A closure whose function is finished once the enclosing function's types are known.
  struct Pending {
    var structName: String
    var function: CheckedFunction
    var captures: [Capture]
    var isMove: Bool
    var headSpan: SourceSpan
    /// What the closure's struct holds, field by field: whole variables or fields of them.
    var places: [CapturedPlace]
  }

  var functionName = "main"
  /// The closure being made is a scoped thread's: a shared reference it only reads through is
  /// captured by copy, as rustc 2021 captures `*r` (so a loop's `chunk` is not borrowed itself).
  var copiesSharedReferences = false
  var closuresInFunction = 0
  var enclosing: Enclosing?
  /// While a closure inside a closure is checked: for each closure around it, innermost last,
  /// that closure's own enclosing state and the captures it has made so far.
  var outers: [(enclosing: Enclosing, captures: [Capture])] = []
  /// The closure being checked is inside another closure.
  var isNested: Bool { !outers.isEmpty }
  var captures: [Capture] = []
  var pending: [Pending] = []
  var kindRequirements: [KindRequirement] = []
  /// Where each closure's captures are mutated or moved out, by its struct name.
  var mutations: [String: [Capture]] = [:]
  var consumingUses: [String: (name: String, span: SourceSpan)] = [:]
  var headSpans: [String: SourceSpan] = [:]
  /// Closures whose kind error is reported already (no second report for the same cause).
  var reportedKinds: Set<String> = []
  /// Returned closures that borrow the function's locals (E0373 is reported for them).
  var escapingBorrows: Set<String> = []
  /// Where each parameter of the function being checked is declared, by slot.
  var parameterSpans: [Int: SourceSpan] = [:]
  /// How many closures given to a generic function took the wrong number of arguments (E0593).
  var arityErrors = 0
  /// Closure trait objects (`dyn Fn(i32) -> i32`) by the trait's name (`Fn(i32) -> i32`).
  package var objects: [String: ClosureObject] = [:]
  package var signatures: [String: Signature] = [:]
  /// Finished closure functions by their function index.
  package var functionsByIndex: [Int: CheckedFunction] = [:]
  /// Function indices taken by closures (their signatures are placeholders, never checked).
  var reservedIndices: Set<Int> = []
  /// Operand types of arithmetic on closure parameters not known when it was checked.
  var deferredOperands: [(type: TypeTerm, span: SourceSpan)] = []

  func captureIndex(standIn slot: Int) -> Int? {
    guard enclosing != nil else { return nil }
    return captures.firstIndex { $0.standInSlot == slot }
  }
}
