/// Finds the accesses in a `BorrowGraph` that conflict with a live loan, and reports them as
/// rustc does (E0499, E0502, E0503, E0505, E0506, E0597, E0716, E0515).
struct BorrowAnalysis {
  let graph: BorrowGraph
  let names: [String]
  let parameters: Set<Int>
  let declarations: [Int: SourceSpan]
  var diagnostics: [Diagnostic] = []
  private var reportedLoans: Set<Int> = []
  /// Loans a `'static` requirement holds (by the requirement's index): they never end.
  private var staticLoans: [Int: Int] = [:]

  /// Functions larger than this are not analysed (each fact is a set per node).
  static let nodeLimit = 60_000

  init(graph: BorrowGraph, names: [String], parameters: Set<Int>, declarations: [Int: SourceSpan]) {
    self.graph = graph
    self.names = names
    self.parameters = parameters
    self.declarations = declarations
  }

  mutating func run() {
    guard graph.nodes.count <= Self.nodeLimit, !graph.loans.isEmpty else { return }
    let liveOut = liveVariables()
    let inScope = loansInScope()
    // A loan returned to the caller must last to the end of the function on every path after
    // it is made (rustc's regions do not end where one path returns).
    var escaping = Set<Int>()
    for node in graph.nodes {
      guard case .returnValue(let carriers, _) = node.operation else { continue }
      for carrier in carriers {
        escaping.formUnion(graph.carriedLoans[carrier].filter { !graph.loans[$0].place.isOwnedByRoot })
      }
    }
    // A loan a `'static` requirement holds lasts as long: whatever it borrows must never end.
    // A closure's capture by reference is left to E0373, which the checker reports.
    for (index, requirement) in graph.staticRequirements.enumerated() {
      for carrier in requirement.carriers {
        for loan in graph.carriedLoans[carrier] where graph.loans[loan].useInClosure == nil {
          if staticLoans[loan] == nil { staticLoans[loan] = index }
        }
      }
    }
    escaping.formUnion(staticLoans.keys)
    for (index, node) in graph.nodes.enumerated() {
      // What this node assigns holds new values after it: their old loans are not live here.
      let afterward = liveOut[index].subtracting(node.defines)
      var live = liveLoans(afterward).union(escaping).intersection(inScope[index])
      switch node.operation {
      case .access(let place, let kind, let span, _):
        // A value holding a borrow of itself (`&'a mut self` of a `Parser<'a>`) is live where it
        // is used, and its borrow with it; only overwriting it whole ends that.
        var selfHeld = Set<Int>()
        if kind != .write || !place.projections.isEmpty {
          selfHeld = graph.carriedLoans[place.root]
            .filter { graph.loans[$0].place.root == place.root }.intersection(inScope[index])
          live.formUnion(selfHeld)
        }
        // A loan made here is in scope only when it came around a loop: a conflict with itself.
        for other in live.sorted() {
          if check(
            access: place, kind: kind, span: span, against: other, at: index,
            usedHere: selfHeld.contains(other))
          {
            break
          }
        }
      case .storageDead(let variable, let span):
        for other in live.sorted() where graph.loans[other].place.root == variable {
          let loan = graph.loans[other]
          guard loan.place.isOwnedByRoot else { continue }
          if reportDeadStorage(variable, loan: other, dropped: span, at: index) { break }
        }
      case .returnValue(let carriers, let span):
        reportReturnedLocal(carriers, span: span)
      case .nothing, .declare:
        break
      }
    }
  }

  // MARK: - Initialization

  /// E0381 (a `let x;` read before every path assigned it) and E0384 (an immutable `let x;`
  /// assigned on a path where it already was).
  mutating func checkInitialization(mutableLocals: Set<Int>) {
    var declared = Set<Int>()
    for node in graph.nodes { if case .declare(let slots) = node.operation { declared.formUnion(slots) } }
    guard !declared.isEmpty, graph.nodes.count <= Self.nodeLimit else { return }
    // Facts per node on entry: which declared variables may be uninitialized / initialized.
    struct Facts: Equatable {
      var uninitialized = Set<Int>()
      var initialized = Set<Int>()
    }
    let facts = graph.forwardFixpoint(
      empty: Facts(),
      merge: {
        $0.uninitialized.formUnion($1.uninitialized)
        $0.initialized.formUnion($1.initialized)
      }
    ) { index, state in
      var out = state
      let node = graph.nodes[index]
      if case .declare(let slots) = node.operation {
        out.uninitialized.formUnion(slots)
        out.initialized.subtract(slots)
      }
      let assigned = Set(node.defines).intersection(declared)
      out.uninitialized.subtract(assigned)
      out.initialized.formUnion(assigned)
      return out
    }
    let uninitialized = facts.map(\.uninitialized)
    let initialized = facts.map(\.initialized)
    var reported = Set<Int>()
    for (index, node) in graph.nodes.enumerated() {
      guard case .access(let place, let kind, let span, _) = node.operation, declared.contains(place.root),
        !reported.contains(place.root)
      else { continue }
      let name = place.root < names.count ? names[place.root] : "value"
      if kind == .write, place.projections.isEmpty {
        guard !mutableLocals.contains(place.root), initialized[index].contains(place.root) else { continue }
        reported.insert(place.root)
        var diagnostic = Diagnostic("cannot assign twice to immutable variable `\(name)`", at: span)
        diagnostic.code = "E0384"
        diagnostic.primaryLabel = "cannot assign twice to immutable variable"
        diagnostics.append(diagnostic)
      } else if uninitialized[index].contains(place.root) {
        reported.insert(place.root)
        let certain = !initialized[index].contains(place.root)
        var diagnostic = Diagnostic(
          "used binding `\(name)` \(certain ? "isn't initialized" : "is possibly-uninitialized")", at: span)
        diagnostic.code = "E0381"
        diagnostic.primaryLabel =
          "`\(name)` used here but it \(certain ? "isn't" : "is possibly-uninitialized")"
        if let declared = declarations[place.root] {
          diagnostic.labels = [.init(span: declared, text: "binding declared here but left uninitialized")]
        }
        diagnostics.append(diagnostic)
      }
    }
  }

  // MARK: - Facts

  /// Per node, the variables used at or after its successors (live on exit).
  private func liveVariables() -> [Set<Int>] {
    let count = graph.nodes.count
    let predecessors = graph.predecessors()
    var liveIn = [Set<Int>](repeating: [], count: count)
    var liveOut = [Set<Int>](repeating: [], count: count)
    var work = Array((0..<count).reversed())
    var queued = [Bool](repeating: true, count: count)
    while let index = work.popLast() {
      queued[index] = false
      let node = graph.nodes[index]
      var out = Set<Int>()
      for successor in node.successors { out.formUnion(liveIn[successor]) }
      liveOut[index] = out
      var into = out.subtracting(node.defines)
      for use in node.uses { into.insert(use.variable) }
      guard into != liveIn[index] else { continue }
      liveIn[index] = into
      for predecessor in predecessors[index] where !queued[predecessor] {
        queued[predecessor] = true
        work.append(predecessor)
      }
    }
    return liveOut
  }

  /// Per node, the loans created on some path to it (and not ended by their owner's end).
  private func loansInScope() -> [Set<Int>] {
    graph.forwardFixpoint(empty: Set<Int>(), merge: { $0.formUnion($1) }) { index, state in
      var out = state
      switch graph.nodes[index].operation {
      case .access(_, _, _, let loan?): out.insert(loan)
      case .storageDead(let variable, _): out = out.filter { graph.loans[$0].place.root != variable }
      default: break
      }
      // Overwriting a value that held a borrow of itself ends that borrow, as rustc kills the
      // loans of a local it assigns.
      for variable in graph.nodes[index].defines where variable < graph.carriedLoans.count {
        out = out.filter {
          graph.loans[$0].place.root != variable || !graph.carriedLoans[variable].contains($0)
        }
      }
      return out
    }
  }

  private func liveLoans(_ variables: Set<Int>) -> Set<Int> {
    var loans = Set<Int>()
    for variable in variables { loans.formUnion(graph.carriedLoans[variable]) }
    return loans
  }

  /// The first use, after `node`, of a variable carrying `loan`.
  private func laterUse(of loan: Int, after node: Int) -> SourceSpan? {
    var seen: Set<Int> = [node]
    var queue = graph.nodes[node].successors
    var position = 0
    while position < queue.count {
      let index = queue[position]
      position += 1
      guard seen.insert(index).inserted else { continue }
      if let use = graph.nodes[index].uses.first(where: { graph.carriedLoans[$0.variable].contains(loan) }) {
        return use.span
      }
      queue += graph.nodes[index].successors
    }
    return nil
  }

  // MARK: - Reports

  /// Reports `kind` on `place` if `loan` forbids it; returns whether it did.
  private mutating func check(
    access place: BorrowGraph.Place, kind: BorrowGraph.AccessKind, span: SourceSpan, against loan: Int,
    at node: Int, usedHere: Bool = false
  ) -> Bool {
    let held = graph.loans[loan]
    guard held.place.overlaps(place) else { return false }
    // Assigning a reference does not touch what it pointed at: a loan reached through it stays.
    if kind == .write, held.place.projections.count > place.projections.count,
      held.place.projections.dropFirst(place.projections.count).contains(.derefReference)
    {
      return false
    }
    let name = place.description
    let heldName = held.place.description
    let later = usedHere ? span : laterUse(of: loan, after: node)
    var diagnostic: Diagnostic
    switch kind {
    case .read:
      guard held.mutable else { return false }
      diagnostic = Diagnostic("cannot use `\(name)` because it was mutably borrowed", at: span)
      diagnostic.code = "E0503"
      diagnostic.primaryLabel = "use of borrowed `\(heldName)`"
      diagnostic.labels = [.init(span: held.span, text: "`\(heldName)` is borrowed here")]
    case .sharedBorrow:
      guard held.mutable else { return false }
      diagnostic = Diagnostic(
        "cannot borrow `\(name)` as immutable because it is also borrowed as mutable", at: span)
      diagnostic.code = "E0502"
      diagnostic.primaryLabel = "immutable borrow occurs here"
      diagnostic.labels = [.init(span: held.span, text: "mutable borrow occurs here")]
    case .mutableBorrow, .reservation:
      if kind == .reservation && !held.mutable { return false }
      if held.mutable {
        diagnostic = Diagnostic("cannot borrow `\(name)` as mutable more than once at a time", at: span)
        diagnostic.code = "E0499"
        diagnostic.primaryLabel = "second mutable borrow occurs here"
        diagnostic.labels = [.init(span: held.span, text: "first mutable borrow occurs here")]
      } else {
        diagnostic = Diagnostic(
          "cannot borrow `\(name)` as mutable because it is also borrowed as immutable", at: span)
        diagnostic.code = "E0502"
        diagnostic.primaryLabel = "mutable borrow occurs here"
        diagnostic.labels = [.init(span: held.span, text: "immutable borrow occurs here")]
      }
    case .write:
      diagnostic = Diagnostic("cannot assign to `\(name)` because it is borrowed", at: span)
      diagnostic.code = "E0506"
      diagnostic.primaryLabel = "`\(name)` is assigned to here but it was already borrowed"
      diagnostic.labels = [.init(span: held.span, text: "`\(heldName)` is borrowed here")]
    case .move:
      diagnostic = Diagnostic("cannot move out of `\(name)` because it is borrowed", at: span)
      diagnostic.code = "E0505"
      diagnostic.primaryLabel = "move out of `\(name)` occurs here"
      diagnostic.labels = [.init(span: held.span, text: "borrow of `\(heldName)` occurs here")]
    }
    if let later {
      let whose: String
      switch kind {
      case .mutableBorrow where held.mutable, .reservation: whose = "first borrow later used here"
      case .sharedBorrow, .mutableBorrow:
        whose = "\(held.mutable ? "mutable" : "immutable") borrow later used here"
      default: whose = "borrow later used here"
      }
      diagnostic.labels.append(.init(span: later, text: whose))
    }
    guard reportedLoans.insert(loan).inserted else { return true }
    diagnostics.append(diagnostic)
    return true
  }

  private mutating func reportDeadStorage(_ variable: Int, loan: Int, dropped: SourceSpan, at node: Int)
    -> Bool
  {
    guard reportedLoans.insert(loan).inserted else { return true }
    let held = graph.loans[loan]
    var later = laterUse(of: loan, after: node).map {
      Diagnostic.Label(span: $0, text: "borrow later used here")
    }
    if let requirement = staticLoans[loan].map({ graph.staticRequirements[$0] }) {
      let cause: String
      switch requirement.cause {
      case .argument: cause = "argument"
      case .typeAnnotation: cause = "type annotation"
      case .usage: cause = "this usage"
      case .assignment: cause = "assignment"
      }
      let what = variable < names.count ? "`\(names[variable])` is borrowed" : "borrow lasts"
      later = .init(span: requirement.span, text: "\(cause) requires that \(what) for `'static`")
    }
    var diagnostic: Diagnostic
    if variable < names.count {
      let name = names[variable]
      diagnostic = Diagnostic("`\(name)` does not live long enough", at: held.useInClosure ?? held.span)
      diagnostic.code = "E0597"
      diagnostic.primaryLabel = "borrowed value does not live long enough"
      if held.useInClosure != nil {
        diagnostic.labels.append(.init(span: held.span, text: "value captured here"))
      }
      if let declared = declarations[variable] {
        diagnostic.labels.append(.init(span: declared, text: "binding `\(name)` declared here"))
      }
      diagnostic.labels.append(.init(span: dropped, text: "`\(name)` dropped here while still borrowed"))
    } else {
      let created = graph.temporarySpans[variable] ?? held.span
      diagnostic = Diagnostic("temporary value dropped while borrowed", at: created)
      diagnostic.code = "E0716"
      diagnostic.primaryLabel = "creates a temporary value which is freed while still in use"
      diagnostic.labels.append(
        .init(span: dropped, text: "temporary value is freed at the end of this statement"))
    }
    if let later { diagnostic.labels.append(later) }
    diagnostics.append(diagnostic)
    return true
  }

  /// E0515: the returned value holds a loan of something this function owns.
  private mutating func reportReturnedLocal(_ carriers: [Int], span: SourceSpan) {
    var loans = Set<Int>()
    for carrier in carriers { loans.formUnion(graph.carriedLoans[carrier]) }
    for loan in loans.sorted() {
      let held = graph.loans[loan]
      guard held.place.isOwnedByRoot, reportedLoans.insert(loan).inserted else { continue }
      let root = held.place.root
      var diagnostic: Diagnostic
      if root < names.count {
        let isDirect = held.span == span && held.place.projections.isEmpty && !held.isAutoReference
        let what = parameters.contains(root) ? "function parameter" : "local variable"
        diagnostic = Diagnostic(
          isDirect
            ? "cannot return reference to \(what) `\(names[root])`"
            : "cannot return value referencing \(what) `\(names[root])`", at: span)
        if !isDirect {
          diagnostic.labels.append(.init(span: held.span, text: "`\(names[root])` is borrowed here"))
        }
      } else {
        diagnostic = Diagnostic("cannot return value referencing temporary value", at: span)
        if let created = graph.temporarySpans[root] {
          diagnostic.labels.append(.init(span: created, text: "temporary value created here"))
        }
      }
      diagnostic.code = "E0515"
      diagnostic.primaryLabel = "returns a value referencing data owned by the current function"
      diagnostics.append(diagnostic)
      return
    }
  }
}
