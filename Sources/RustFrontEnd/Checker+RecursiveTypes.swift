extension Checker {
  /// A type that holds itself by value, directly or through other types, has no size.
  /// The types form a graph (an edge for each type held by value); a type is recursive when
  /// it lies on a cycle: a strongly connected component of more than one type, or one with an
  /// edge to itself. Tarjan's algorithm with an explicit stack keeps it linear and off the call
  /// stack, so a long chain of nested structs costs neither time nor stack depth.
  func rejectRecursiveTypes() {
    let names = Array(structs.keys) + Array(enums.keys)
    var indexOfName: [String: Int] = [:]
    for (index, name) in names.enumerated() { indexOfName[name] = index }
    func heldByValue(_ term: TypeTerm, into edges: inout [Int]) {
      var pending = [term]
      while let next = pending.popLast() {
        switch next {
        case .structure(let other), .enumeration(let other):
          if let index = indexOfName[other] { edges.append(index) }
        case .array(let t, _), .option(let t): pending.append(t)
        case .tuple(let items): pending.append(contentsOf: items)
        case .result(let value, let error): pending += [value, error]
        default: break
        }
      }
    }
    let successors: [[Int]] = names.map { name in
      var edges: [Int] = []
      for field in structs[name]?.fields ?? [] { heldByValue(field.type, into: &edges) }
      for variant in enums[name]?.variants ?? [] {
        for payload in variant.payload { heldByValue(payload, into: &edges) }
      }
      return edges
    }
    let (recursive, depths) = Self.typesOnCycles(successors)
    let tooDeep = names.indices.filter { depths[$0] > Self.maximumTypeNesting }.compactMap { index in
      (structs[names[index]]?.span ?? enums[names[index]]?.span)
    }
    if let first = tooDeep.min(by: { $0.start < $1.start }) {
      // Layouts, drops, clones and printing walk a value's fields one level per type.
      unsupported("structs and enums nested more than \(Self.maximumTypeNesting) levels deep", at: first)
    }
    let found = names.indices.filter { recursive[$0] }.compactMap { index in
      (structs[names[index]]?.span ?? enums[names[index]]?.span).map { (names[index], $0) }
    }
    // In source order, whatever order the dictionaries gave.
    for (name, span) in found.sorted(by: { $0.1.start < $1.1.start }) {
      error("recursive type `\(name)` has infinite size", at: span)
    }
  }

  /// How many levels of structs and enums one type may hold by value, one inside the next.
  package static let maximumTypeNesting = 256

  /// For each node of the graph, whether it lies on a cycle, and the number of nodes on the
  /// longest path from it that avoids cycles (iterative Tarjan: a component is finished only
  /// after every component it reaches, so its successors' depths are known by then).
  package static func typesOnCycles(_ successors: [[Int]]) -> (onCycle: [Bool], depth: [Int]) {
    let count = successors.count
    var order = Array(repeating: -1, count: count)
    var lowLink = Array(repeating: 0, count: count)
    var onStack = Array(repeating: false, count: count)
    var componentStack: [Int] = []
    var result = Array(repeating: false, count: count)
    var depth = Array(repeating: 0, count: count)
    var nextOrder = 0
    for root in 0..<count where order[root] < 0 {
      // Each call frame: the node and how many of its successors were visited.
      var calls: [(node: Int, edge: Int)] = [(root, 0)]
      order[root] = nextOrder
      lowLink[root] = nextOrder
      nextOrder += 1
      componentStack.append(root)
      onStack[root] = true
      while let (node, edge) = calls.last {
        if edge < successors[node].count {
          calls[calls.count - 1].edge += 1
          let next = successors[node][edge]
          if order[next] < 0 {
            order[next] = nextOrder
            lowLink[next] = nextOrder
            nextOrder += 1
            componentStack.append(next)
            onStack[next] = true
            calls.append((next, 0))
          } else if onStack[next] {
            lowLink[node] = min(lowLink[node], order[next])
          }
          continue
        }
        calls.removeLast()
        if let parent = calls.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
        guard lowLink[node] == order[node] else { continue }
        var members: [Int] = []
        while let member = componentStack.popLast() {
          onStack[member] = false
          members.append(member)
          if member == node { break }
        }
        let cyclic = members.count > 1 || successors[node].contains(node)
        if cyclic {
          for member in members { result[member] = true }
        } else {
          depth[node] = 1 + (successors[node].lazy.map { depth[$0] }.max() ?? 0)
        }
      }
    }
    return (result, depth)
  }
}
