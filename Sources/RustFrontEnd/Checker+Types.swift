import MemoryModel

extension Checker {
  // MARK: - Types

  package func resolveType(_ expr: TypeExpr, selfType: String?) -> TypeTerm {
    switch expr.kind {
    case .path(let rawPath, let generics):
      checkLifetimesInScope(expr)
      let path = expandPath(rawPath)
      guard let name = path.last else { return .unit }
      func single() -> TypeTerm {
        guard generics.count == 1 else {
          error("`\(name)` expects 1 generic argument, found \(generics.count)", at: expr.span)
          return .unit
        }
        return resolveType(generics[0], selfType: selfType)
      }
      if path.count == 3, path[0] == "std", ["num", "str", "char"].contains(path[1]), generics.isEmpty,
        Self.parseErrorModule[name] == path[1], declareParseError(name)
      {
        return .structure(name)
      }
      if generics.isEmpty, let utf8Error = utf8ErrorType(path) { return utf8Error }
      if let cow = cowType(path, generics: generics, span: expr.span) { return cow }
      if rawPath.count == 1, name.hasPrefix("dyn "),
        let kind = ClosureBound.Kind(rawValue: Self.traitObjectParts(String(name.dropFirst(4))).trait),
        let result = generics.last
      {
        return resolveClosureObject(
          kind, parameters: generics.dropLast().map { resolveType($0, selfType: selfType) },
          result: resolveType(result, selfType: selfType),
          autoTraits: Self.traitObjectParts(String(name.dropFirst(4))).autoTraits, at: expr.span)
      }
      if rawPath == ["fn"], let result = generics.last {
        return .functionPointer(
          parameters: generics.dropLast().map { resolveType($0, selfType: selfType) },
          result: resolveType(result, selfType: selfType))
      }
      if let formatting = formattingType(path, generics: generics, span: expr.span) { return formatting }
      // The program's own traits first: an iterator that also has one's `Item` is refused there.
      if generics.isEmpty, let associated = userAssociatedType(path, selfType: selfType, at: expr.span) {
        return associated
      }
      if generics.isEmpty, let item = associatedItemType(path, selfType: selfType) { return item }
      if path.count == 1, typeSubstitution[name] == nil, genericTypes.parameters(of: name) != nil {
        return resolveGenericType(name, generics: generics, selfType: selfType, at: expr.span)
      }
      if path.count == 1, generics.isEmpty {
        if let parameter = typeSubstitution[name] { return parameter }
        if let kind = RustType.IntegerKind(rawValue: name) { return .integer(kind) }
        switch name {
        case "f64": return .float(.f64)
        case "f32": return .float(.f32)
        case "bool": return .bool
        case "char": return .char
        case "str": return .str
        case "String": return .string
        case "Self":
          if let selfType { return namedType(selfType) }
          error("`Self` is only available in impls", at: expr.span)
          return .unit
        default: break
        }
        if structs[name] != nil { return .structure(name) }
        if enums[name] != nil { return .enumeration(name) }
        if name.hasPrefix("dyn ") { return resolveTraitObject(String(name.dropFirst(4)), at: expr.span) }
      }
      switch path {
      case ["String"], ["std", "string", "String"]: return .string
      case ["Vec"], ["std", "vec", "Vec"]: return .vec(single())
      case ["Box"], ["std", "boxed", "Box"]: return .box(single())
      case ["Option"], ["std", "option", "Option"]: return .option(single())
      case ["Result"], ["std", "result", "Result"]:
        guard generics.count == 2 else {
          error("`Result` expects 2 generic arguments, found \(generics.count)", at: expr.span)
          return .unit
        }
        return .result(
          resolveType(generics[0], selfType: selfType), resolveType(generics[1], selfType: selfType))
      case ["std", "rc", "Rc"]: return .rc(single())
      case ["std", "io", "Stdin"], ["std", "io", "Stdout"], ["std", "io", "Error"]:
        declareStandardIOTypes(at: expr.span)
        return .structure(name == "Error" ? Self.ioErrorTypeName : "io::\(name)")
      case ["std", "io", "Result"]:
        declareStandardIOTypes(at: expr.span)
        return .result(single(), .structure(Self.ioErrorTypeName))
      case ["std", "rc", "Weak"]: return .library(.weak, single())
      case ["std", "cell", "Cell"]: return .library(.cell, single())
      case ["std", "cell", "RefCell"]: return .library(.refCell, single())
      case ["std", "cell", "Ref"]: return .library(.ref, single())
      case ["std", "cell", "RefMut"]: return .library(.refMut, single())
      case ["std", "cell", "BorrowError"], ["std", "cell", "BorrowMutError"]: return declareBorrowError(name)
      case ["std", "sync", "Arc"]: return .arc(single())
      case ["std", "sync", "Mutex"]: return mutexType(holding: single(), at: expr.span) ?? .unit
      case ["std", "sync", "RwLock"]:
        return mutexType(holding: single(), at: expr.span, rwLock: true) ?? .unit
      case ["std", "sync", "mpsc", "Sender"]: return .library(.sender, single())
      case ["std", "sync", "mpsc", "Receiver"]: return .library(.receiver, single())
      case ["std", "sync", "mpsc", "RecvError"]: return declareChannelError(Self.recvErrorName)
      case ["std", "sync", "mpsc", "TryRecvError"]: return declareTryRecvError()
      case let atomic where atomic.count == 4 && atomic.starts(with: ["std", "sync", "atomic"]):
        if let type = declareAtomic(atomic[3]) { return type }
      case ["std", "thread", "JoinHandle"]:
        return joinHandleType(result: single(), at: expr.span) ?? .unit
      case ["std", "time", "Duration"], ["std", "thread", "Builder"], ["std", "thread", "Thread"],
        ["std", "thread", "ThreadId"]:
        declareThreadLibraryTypes(at: expr.span)
        return .structure(name == "ThreadId" ? name : "\(path[1])::\(name)")
      case ["std", "thread", "ScopedJoinHandle"]:
        return joinHandleType(result: single(), at: expr.span, prefix: Self.scopedJoinHandlePrefix) ?? .unit
      case ["std", "collections", "VecDeque"]:
        return .library(.vecDeque, single())
      case ["std", "collections", "BinaryHeap"]:
        return .library(.binaryHeap, single())
      case ["std", "cmp", "Reverse"]:
        return .library(.reverse, single())
      case ["std", "collections", "HashMap"], ["std", "collections", "HashSet"],
        ["std", "collections", "BTreeMap"], ["std", "collections", "BTreeSet"]:
        return resolveHashTableType(name, generics: generics, selfType: selfType, span: expr.span)
      default: break
      }
      if structs[name] != nil || enums[name] != nil {
        error(
          "struct takes 0 generic arguments but \(generics.count) generic arguments were supplied",
          at: expr.span)
        return .unit
      }
      let known = [
        "HashMap", "HashSet", "BTreeMap", "BTreeSet", "VecDeque", "BinaryHeap", "RefCell", "Cell", "Mutex",
        "Result",
        "Weak", "Rc",
      ]
      if known.contains(name) {
        if let module = [
          "Rc": "rc", "Weak": "rc", "Cell": "cell", "RefCell": "cell", "HashMap": "collections",
          "HashSet": "collections", "VecDeque": "collections", "BinaryHeap": "collections",
          "BTreeMap": "collections", "BTreeSet": "collections",
        ][name] {
          error(
            "cannot find type `\(name)` in this scope (add `use std::\(module)::\(name);`)", at: expr.span)
        } else {
          unsupported("the type `\(name)`", at: expr.span)
        }
        return .unit
      }
      if name.first?.isUppercase == true && generics.isEmpty && path.count == 1 && name.count == 1 {
        unsupported("generic type parameters", at: expr.span)
        return .unit
      }
      if let root = path.first, path.count > 1, ["std", "core", "alloc"].contains(root) {
        // The library has far more types than memtutor models: one it does not know is not
        // missing from Rust.
        unsupported("the type `\(path.joined(separator: "::"))`", at: expr.span)
        return .unit
      }
      if path.count == 1, traits[name] != nil {
        // A trait written where a type goes (`Box<Shape>`): since edition 2021 that needs `dyn`.
        var diagnostic = Diagnostic("expected a type, found a trait", at: expr.span)
        diagnostic.code = "E0782"
        diagnostics.append(diagnostic)
        return .unit
      }
      error("cannot find type `\(rawPath.joined(separator: "::"))` in this scope", at: expr.span)
      return .unit
    case .reference(let mutable, _, let referent):
      checkLifetimesInScope(expr)
      return .reference(resolveType(referent, selfType: selfType), mutable: mutable)
    case .array(let element, let length):
      let elementType = resolveType(element, selfType: selfType)
      guard let count = constantInteger(length), count >= 0, count <= Int128(Int.max) else {
        unsupported("the array length here (use an integer constant)", at: length.span)
        return .array(elementType, 0)
      }
      return .array(elementType, Int(count))
    case .slice(let element):
      return .slice(resolveType(element, selfType: selfType))
    case .tuple(let items):
      if items.isEmpty { return .unit }
      return .tuple(items.map { resolveType($0, selfType: selfType) })
    case .inferred:
      return table.fresh()
    case .never:
      return .never
    }
  }

  /// Evaluates a constant integer expression (array lengths, discriminants, `const` items).
  package func constantInteger(_ expr: Expr, depth: Int = 0) -> Int128? {
    guard depth < 64 else { return nil }
    switch expr.kind {
    case .integer(let value, _):
      return value <= UInt128(Int128.max) ? Int128(value) : nil
    case .unary(.negate, let inner):
      return constantInteger(inner, depth: depth + 1).map { -$0 }
    case .binary(let op, let left, let right):
      guard let a = constantInteger(left, depth: depth + 1), let b = constantInteger(right, depth: depth + 1)
      else { return nil }
      switch op {
      case .add: return a.addingReportingOverflow(b).overflow ? nil : a + b
      case .subtract: return a.subtractingReportingOverflow(b).overflow ? nil : a - b
      case .multiply: return a.multipliedReportingOverflow(by: b).overflow ? nil : a * b
      case .divide: return b == 0 ? nil : a / b
      case .remainder: return b == 0 ? nil : a % b
      case .shiftLeft: return b < 0 || b > 126 ? nil : a << b
      default: return nil
      }
    case .cast(let inner, _):
      return constantInteger(inner, depth: depth + 1)
    case .block(let block) where block.statements.isEmpty:
      return block.tail.flatMap { constantInteger($0, depth: depth + 1) }
    case .path(let path, _) where path.count == 1:
      if let index = visibleGlobal(path[0]), globalDeclarations[index].kind == .constant {
        return constantInteger(globalDeclarations[index].value, depth: depth + 1)
      }
      return nil
    default:
      return nil
    }
  }
}
