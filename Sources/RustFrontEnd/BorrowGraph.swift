/// One function lowered for borrow checking: a control-flow graph of accesses, borrows and
/// assignments over "variables" (the function's locals, then temporaries the lowering made).
///
/// Like rustc's MIR borrow check, but only as detailed as the supported subset needs: a loan is
/// a borrow of a place; a variable carries the loans whose references it may hold; a loan is
/// live where some variable carrying it is live (used later), and it is in scope from its
/// creation onwards. An access that conflicts with a live, in-scope loan is an error.
struct BorrowGraph {
  /// A path from a variable: `v`, `p.x`, `(*r).name`, `v[_]`.
  struct Place: Equatable {
    enum Projection: Equatable {
      case field(Int)
      /// Through a reference (`&T`, `&mut T`, `Rc`): what it points at is not the root's own.
      case derefReference
      /// Through a `Box`: still owned by the root.
      case derefBox
      /// An element: every index may be any other one.
      case index
      /// Elements an array pattern names by position (`let [first, rest @ ..] = a;` moves
      /// `a[0..1]` and `a[1..3]`): disjoint from other positions, as rustc's constant indices
      /// and subslices are, while an `a[i]` may be any of them.
      case elements(Range<Int>)
    }

    var root: Int
    var projections: [Projection] = []
    /// How rustc names the place in a report: `v`, `p.name`, `*r`, `a[_]`.
    var description: String = "value"

    func appending(_ projection: Projection, description: String) -> Place {
      Place(root: root, projections: projections + [projection], description: description)
    }

    /// True when the root owns what the place names (no reference on the way).
    var isOwnedByRoot: Bool { !projections.contains(.derefReference) }

    /// True when the two places may name overlapping memory.
    func overlaps(_ other: Place) -> Bool {
      guard root == other.root else { return false }
      for (mine, theirs) in zip(projections, other.projections) {
        if case .field(let a) = mine, case .field(let b) = theirs, a != b { return false }
        if case .elements(let a) = mine, case .elements(let b) = theirs, !a.overlaps(b) { return false }
      }
      return true
    }
  }

  struct Loan {
    var place: Place
    var mutable: Bool
    var span: SourceSpan
    /// The borrow was written by the checker for a method call's receiver (`v.push(…)`).
    var isAutoReference: Bool
    /// A closure's capture by reference: where the body uses it (the loan's span is the `||`).
    var useInClosure: SourceSpan? = nil
  }

  enum AccessKind: Equatable {
    case read
    case write
    case move
    case sharedBorrow
    case mutableBorrow
    /// A two-phase `&mut` receiver before its arguments run: a shared read of the place, so it
    /// conflicts only with a live mutable loan (reported as the second mutable borrow it is).
    case reservation
  }

  enum Operation {
    case nothing
    /// Reads, writes, moves or borrows a place (a borrow also creates `loan`).
    case access(Place, AccessKind, span: SourceSpan, loan: Int?)
    /// The variable's storage ends: borrows of what it owns must be over.
    case storageDead(Int, span: SourceSpan)
    /// `let x;`: the variables exist from here on, not yet initialized.
    case declare([Int])
    /// The function returns the value carried by these variables.
    case returnValue([Int], span: SourceSpan)
  }

  struct Node {
    var operation: Operation
    /// Variables whose loans are used here, with where (for "borrow later used here").
    var uses: [(variable: Int, span: SourceSpan)] = []
    /// Variables assigned as a whole here (their earlier loans stop being live).
    var defines: [Int] = []
    var successors: [Int] = []
  }

  /// A value that may borrow nothing that ends (`'static`): a thread's closure, a `let`
  /// annotated `&'static str`, the argument of a `&'static str` parameter.
  struct StaticRequirement {
    enum Cause: Equatable {
      /// What a call's argument must be (`thread::spawn`'s `F: 'static`); the span is the call.
      case argument
      /// What a `let`'s annotation says; the span is the annotation.
      case typeAnnotation
      /// A struct field or variant payload declared `'static`; the span is the value.
      case usage
      /// An assignment to such a field; the span is the assignment.
      case assignment
    }

    /// The variables holding the value.
    var carriers: [Int]
    var span: SourceSpan
    var cause: Cause
  }

  var nodes: [Node] = []
  var staticRequirements: [StaticRequirement] = []
  var loans: [Loan] = []
  /// For each variable, the loans whose references it may hold (flow-insensitive).
  var carriedLoans: [Set<Int>] = []
  /// For each variable, the variables whose loans flow into it.
  var flowsFrom: [Set<Int>] = []
  /// Values copied out from behind a reference (`*p` with `p: &&str`, the `w` of
  /// `Some(&w) = it.peek()`): the copy holds what the referent holds, never the loan the
  /// reference itself carries. Resolved into `flowsFrom` once the whole function is lowered.
  var referentFlows: [(into: Int, from: Int)] = []
  /// Results of the program's own functions and closures: their signatures may tie what the
  /// result's referent holds to an argument's own borrow (`fn pick<'a>(x: &'a str) -> &&'a str`),
  /// so a copy out of one keeps every loan it carries.
  var opaqueResults: Set<Int> = []
  /// The function's locals come first; the rest are temporaries.
  var localCount = 0
  /// Temporaries that hold a value made by an expression (not a borrow), by variable.
  var temporarySpans: [Int: SourceSpan] = [:]
  var entry = 0

  mutating func addVariable() -> Int {
    carriedLoans.append([])
    flowsFrom.append([])
    return carriedLoans.count - 1
  }

  /// Turns each referent flow into plain flows from the variables that own what the reference
  /// borrows (the roots of its loans), so `let first: &str = *w.peek().unwrap();` holds the
  /// loan of the vector `w` iterates and not the `&mut w` that `peek` took. A parameter on the
  /// way is kept as a source: what it borrows is the caller's, and the return check follows it.
  mutating func resolveReferentFlows(parameters: Set<Int>) {
    var changed = true
    var rounds = 0
    while changed, rounds < referentFlows.count + 2 {
      changed = false
      rounds += 1
      for (variable, reference) in referentFlows {
        let sources = referentSources(of: reference, parameters: parameters)
        if !sources.isSubset(of: flowsFrom[variable]) {
          flowsFrom[variable].formUnion(sources)
          changed = true
        }
      }
    }
  }

  /// The variables owning what `reference`'s loans borrow, found through everything that flows
  /// into it (loans are still only where they were made: this runs before `propagateLoans`).
  private func referentSources(of reference: Int, parameters: Set<Int>) -> Set<Int> {
    var seen: Set<Int> = [reference]
    var pending = [reference]
    var sources: Set<Int> = []
    while let variable = pending.popLast() {
      if opaqueResults.contains(variable) { return [reference] }
      if parameters.contains(variable) { sources.insert(variable) }
      for loan in carriedLoans[variable] { sources.insert(loans[loan].place.root) }
      for source in flowsFrom[variable] where seen.insert(source).inserted { pending.append(source) }
    }
    return sources
  }

  /// Closes `carriedLoans` over `flowsFrom`: a variable holds every loan of what flowed into it.
  mutating func propagateLoans() {
    var changed = true
    var rounds = 0
    while changed, rounds < carriedLoans.count + 2 {
      changed = false
      rounds += 1
      for variable in carriedLoans.indices {
        for source in flowsFrom[variable] where !carriedLoans[source].isSubset(of: carriedLoans[variable]) {
          carriedLoans[variable].formUnion(carriedLoans[source])
          changed = true
        }
      }
    }
  }
}

extension BorrowGraph {
  /// For each node, the nodes that lead to it.
  func predecessors() -> [[Int]] {
    var predecessors = [[Int]](repeating: [], count: nodes.count)
    for (index, node) in nodes.enumerated() {
      for successor in node.successors { predecessors[successor].append(index) }
    }
    return predecessors
  }

  /// A forward dataflow solved to its fixed point with a worklist: a node's state on entry is
  /// the union (`merge`) of its predecessors' states on exit, and `transfer` gives the state on
  /// exit from the state on entry. Returns every node's state on entry.
  func forwardFixpoint<State: Equatable>(
    empty: State, merge: (inout State, State) -> Void, transfer: (Int, State) -> State
  ) -> [State] {
    let predecessors = predecessors()
    var entry = [State](repeating: empty, count: nodes.count)
    var exit = [State](repeating: empty, count: nodes.count)
    var work = Array((0..<nodes.count).reversed())
    var queued = [Bool](repeating: true, count: nodes.count)
    while let index = work.popLast() {
      queued[index] = false
      var state = empty
      for predecessor in predecessors[index] { merge(&state, exit[predecessor]) }
      entry[index] = state
      let out = transfer(index, state)
      guard out != exit[index] else { continue }
      exit[index] = out
      for successor in nodes[index].successors where !queued[successor] {
        queued[successor] = true
        work.append(successor)
      }
    }
    return entry
  }
}
