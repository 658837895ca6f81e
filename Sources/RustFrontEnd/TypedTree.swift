import MemoryModel

/// The checked program: the syntax tree with every name resolved, every expression typed,
/// every method call bound to a user function or a library operation, and every implicit
/// step (auto-reference, auto-dereference, `&String` → `&str`) written out. The compiler
/// turns this into bytecode.
package struct CheckedProgram: Sendable {
  package var functions: [CheckedFunction]
  package var mainIndex: Int
  package var declarations: TypeDeclarations
  /// `impl Drop for T`: the type's name and its `drop` function.
  package var dropFunctions: [String: Int]
  package var globals: [CheckedGlobal]
  /// What the move and borrow checks found (empty for a program rustc accepts).
  package var ownershipDiagnostics: [Diagnostic] = []
  /// The methods of `dyn Trait` by function index: a call of one goes through the vtable.
  package var dynamicMethods: [Int: DynamicMethod] = [:]
  /// Each vtable a coercion needs, by its name (`<Circle as Shape>`).
  package var vtables: [String: VTable] = [:]
  /// Whether the program calls `io::stdin()`: the tutor then says where its input comes from.
  package var readsStandardInput = false
  /// `impl Default for T` written by hand: each type's `default`, by type name. A
  /// `Default::default()` whose type settles to such a type calls it.
  package var handWrittenDefaults: [String: Int] = [:]
  /// `impl FromStr for T` written by hand: each type's `from_str`, by type name. A `s.parse()`
  /// whose target settles to such a type calls it.
  package var handWrittenParses: [String: Int] = [:]
  /// The fields of each struct (by name) and the payloads of each enum variant (by
  /// `Enum#variant`) declared with only `'static` lifetimes: what is stored there must be
  /// `'static`.
  package var staticFields: [String: Set<Int>] = [:]
}

/// A method of `dyn Trait`: its position among the trait's methods (and so in each vtable).
package struct DynamicMethod: Sendable {
  package var trait: String
  package var slot: Int
  /// A call through a function pointer (the first argument), not through a vtable.
  package var throughFunctionPointer = false
}

/// The vtable of one type for one trait: the functions of the trait's methods, in order.
package struct VTable: Sendable {
  package var trait: String
  package var concrete: String
  package var methods: [Int]
  /// The concrete type when it is a standard one (`String` in `<String as Describe>`); nil
  /// for a struct or enum, named by `concrete`.
  package var standardType: TypeTerm? = nil
}

package struct CheckedGlobal: Sendable {
  package var name: String
  package var type: TypeTerm
  package var value: TypedExpr
  package var isStatic: Bool
  package var line: Int
  /// Resolves the inference variables in `value`'s types.
  package var types: InferenceTable
}

package struct LocalVariable: Sendable {
  package var name: String
  package var type: TypeTerm
  package var line: Int
  package var isParameter: Bool
  package var isMutable = false
  /// Set from `as_ptr()`: a `*const T`, which memtutor types as `&T` but compares by address.
  package var holdsRawPointer = false
  /// The `let`'s type annotation when every lifetime it names is `'static` (`&'static str`):
  /// what the variable holds may borrow nothing that ends.
  package var staticAnnotation: SourceSpan?
}

package struct CheckedFunction: Sendable {
  /// `main`, `area`, `Point::new`, `Noisy::drop`.
  package var name: String
  /// Slots of the parameters, in call order (`self` first for methods).
  package var parameterSlots: [Int]
  /// Patterns that destructure parameters (`(a, b): (i32, i32)`), run at entry.
  package var parameterPatterns: [(slot: Int, pattern: TypedPattern)]
  package var returnType: TypeTerm
  package var locals: [LocalVariable]
  package var body: TypedBlock
  package var span: SourceSpan
  /// Where the body's closing brace is: drops and the return happen there.
  package var closingBrace: SourceLocation
  package var isDropImplementation: Bool
  /// Resolves the inference variables left in the body's types (defaults applied).
  package var types: InferenceTable
  /// What the signature's lifetimes say the returned value may borrow from (nil: anything).
  package var returnLifetimes: ReturnLifetimes?
  /// An instance of a generic function (`pop_it::<&str>`): rustc checks the generic body's
  /// lifetimes once, so a `T` that is a reference here adds no lifetime error of its own.
  package var isGenericInstance = false
  /// A closure bound by a plain `let` (`let f = |s: &str| …`): the positions in
  /// `parameterSlots` whose annotated types leave a reference's lifetime out. With no
  /// signature expected of it, rustc gives each such lifetime to the one call alone, so the
  /// closure may not return a borrow of that parameter.
  package var callOnlyParameterPositions: Set<Int> = []
  /// An instance of a generic function: the positions in `parameterSlots` declared as a bare
  /// type parameter (`t: T`), which take a `&mut` argument by moving it, not reborrowing it.
  package var typeParameterPositions: Set<Int> = []

  package init(
    name: String, parameterSlots: [Int], parameterPatterns: [(slot: Int, pattern: TypedPattern)],
    returnType: TypeTerm, locals: [LocalVariable], body: TypedBlock, span: SourceSpan,
    closingBrace: SourceLocation, isDropImplementation: Bool, types: InferenceTable,
    returnLifetimes: ReturnLifetimes? = nil
  ) {
    self.returnLifetimes = returnLifetimes
    self.name = name
    self.parameterSlots = parameterSlots
    self.parameterPatterns = parameterPatterns
    self.returnType = returnType
    self.locals = locals
    self.body = body
    self.span = span
    self.closingBrace = closingBrace
    self.isDropImplementation = isDropImplementation
    self.types = types
  }
}

package struct TypedBlock: Sendable {
  package var statements: [TypedStatement]
  package var tail: TypedExpr?
  /// Slots declared directly in this block, in declaration order.
  package var declaredSlots: [Int]
  package var span: SourceSpan
  /// An iterator chain's block (or an `Option`/`Result` closure method's): in Rust the chain is
  /// one expression, so the temporaries its source makes (`String::from("x y").split(' ')`)
  /// live until the enclosing statement ends.
  package var keepsTemporariesToStatementEnd = false
}

package struct TypedStatement: Sendable {
  package enum Kind: Sendable {
    /// `let pattern = value;` (value nil for `let x;`), with an optional `else` block.
    case binding(TypedPattern, TypedExpr?, elseBlock: TypedBlock?)
    case expression(TypedExpr)
  }

  package var kind: Kind
  package var span: SourceSpan
  /// The extended temporary of `let r = &make();` lives until the block ends.
  package var extendsTemporaries = false
}

package struct TypedArm: Sendable {
  package var pattern: TypedPattern
  package var guardExpression: TypedExpr?
  package var body: TypedExpr
  package var span: SourceSpan
}

/// How an expression's value is converted where it is used.
package enum Coercion: Sendable, Equatable {
  /// `&String` → `&str`.
  case stringToStr
  /// `&Vec<T>` → `&[T]`.
  case vecToSlice
  /// `&[T; N]` → `&[T]`.
  case arrayToSlice(length: Int)
  /// `&mut T` → `&T` (the address stays).
  case mutableToShared
  /// `&Box<T>` → `&T`: the box's pointer.
  case boxToReference
  /// `&Rc<T>` → `&T`: the counted block's value.
  case rcToReference
  /// `&T` → `&dyn Trait`, `Box<T>` → `Box<dyn Trait>`: the pointer and the vtable's address.
  case traitObject(vtable: String, mutable: Bool)
  /// `&Ref<T>` / `&RefMut<T>` → `&T`: the guard's pointer to the value.
  case guardToReference
  /// `!` into any type: the code never gets there.
  case never
}

package struct TypedExpr: Sendable {
  package indirect enum Kind: Sendable {
    case integer(Int128)
    case float(Double)
    case boolean(Bool)
    case character(Unicode.Scalar)
    /// A string literal: a `&'static str` into `.rodata`.
    case string(String)
    case unit
    /// A local variable or parameter (a place).
    case local(Int)
    /// A `const` (its value is inlined) or `static` (a place in static memory).
    case global(Int)
    case tuple([TypedExpr])
    case array([TypedExpr])
    case arrayRepeat(TypedExpr, count: Int)
    /// Fields in source order, each with its declaration index.
    case structLiteral(name: String, fields: [(index: Int, value: TypedExpr)], base: TypedExpr?)
    /// `Some(x)`, `None`, `Shape::Circle(1.0)`: `Option` uses variant 0 for `None`, 1 for `Some`.
    case variant(enumName: String, variant: Int, payload: [TypedExpr])
    case call(function: Int, arguments: [TypedExpr])
    /// A library function or method; receivers come first in `arguments`.
    case builtin(Builtin, arguments: [TypedExpr])
    /// Field `index` of a struct or tuple place.
    case field(TypedExpr, index: Int)
    /// Element of an array or `Vec` place, or of the slice a `&[T]` value points at.
    case index(TypedExpr, index: TypedExpr)
    /// `*p` for a reference, `Box` or `Rc` value: the place it points at.
    case deref(TypedExpr)
    case addressOf(TypedExpr, mutable: Bool)
    case negate(TypedExpr)
    case not(TypedExpr)
    case arithmetic(BinaryOperator, TypedExpr, TypedExpr)
    /// `==`, `<`, …; operands have the same type (references compare their referents).
    case comparison(BinaryOperator, TypedExpr, TypedExpr)
    case logical(isAnd: Bool, TypedExpr, TypedExpr)
    case assign(TypedExpr, TypedExpr)
    case compoundAssign(BinaryOperator, TypedExpr, TypedExpr)
    case cast(TypedExpr)
    case range(TypedExpr?, TypedExpr?, inclusive: Bool)
    case block(TypedBlock)
    case ifElse(TypedExpr, TypedBlock, TypedExpr?)
    case ifLet(TypedPattern, TypedExpr, TypedBlock, TypedExpr?)
    case whileLoop(TypedExpr, TypedBlock, loop: Int)
    case whileLet(TypedPattern, TypedExpr, TypedBlock, loop: Int)
    case loop(TypedBlock, loop: Int)
    /// `for pattern in iterator { body }`; `iterator` has an `.iterator` type.
    case forLoop(TypedPattern, TypedExpr, TypedBlock, loop: Int)
    case match(TypedExpr, [TypedArm])
    case breakLoop(loop: Int, TypedExpr?)
    case continueLoop(loop: Int)
    case returnValue(TypedExpr?)
    /// `format!`: builds a `String`.
    case format(FormatTemplate, [TypedExpr])
    case print(StandardStream, FormatTemplate, [TypedExpr])
    /// `write!(f, …)` into a `&mut Formatter`.
    case formatterWrite(TypedExpr, FormatTemplate, [TypedExpr])
    case panic(FormatTemplate, [TypedExpr])
    /// `assert!(condition, message…)`; the template is nil without a message.
    case assert(TypedExpr, FormatTemplate?, [TypedExpr], sourceText: String)
    case assertEqual(TypedExpr, TypedExpr, isEqual: Bool, FormatTemplate?, [TypedExpr])
    case vecList([TypedExpr])
    case vecRepeat(TypedExpr, count: TypedExpr)
    case coerce(Coercion, TypedExpr)
    /// An iterator built from a collection place or value (see `TypeTerm.IteratorKind`).
    case iterate(TypedExpr)
    /// `.enumerate()` / `.rev()` on an iterator.
    case adaptIterator(TypedExpr)
  }

  package var kind: Kind
  package var type: TypeTerm
  package var span: SourceSpan
  /// A `sum`/`product` chain's `total += item`: in Rust that arithmetic is inside core's
  /// `Sum`/`Product` impl, so its overflow panic is reported at that library line.
  package var accumulatesInLibrary = false

  package init(kind: Kind, type: TypeTerm, span: SourceSpan) {
    self.kind = kind
    self.type = type
    self.span = span
  }
}

package struct TypedPattern: Sendable {
  package indirect enum Kind: Sendable {
    /// Binds the matched value (by copy or move) or a reference to it.
    case binding(slot: Int, byReference: Bool, mutable: Bool, subpattern: TypedPattern?)
    case wildcard
    case tuple([TypedPattern])
    case literal(TypedExpr)
    case range(TypedExpr, TypedExpr, inclusive: Bool)
    /// An enum variant (`Option` is enum `Option`: 0 `None`, 1 `Some`).
    case variant(enumName: String, variant: Int, [TypedPattern])
    /// Struct fields by declaration index.
    case structure(name: String, [(index: Int, pattern: TypedPattern)])
    /// The value is a reference (or a `Box`, for `&`-patterns); match what it points at.
    case deref(TypedPattern)
    case or([TypedPattern])
    /// `[a, b, c]` against an array.
    case array([TypedPattern])
    /// `[first, .., last]` against a `&[T]` or `&mut [T]` (the pattern's type): the elements
    /// matched from the front and from the back, and with a `..` (`hasRest`) any length from
    /// their sum up, whose middle part `rest @ ..` binds as a slice of the same kind.
    case slice(prefix: [TypedPattern], suffix: [TypedPattern], hasRest: Bool, rest: TypedPattern?)
    /// `mid @ ..` in an array pattern, in the place of the first element it covers (the others
    /// are wildcards): its binding's type is the array `[T; k]` of the covered elements.
    case arrayRest(TypedPattern)
  }

  package var kind: Kind
  /// The type of the value this pattern matches.
  package var type: TypeTerm
  package var span: SourceSpan

  /// True when matching can fail.
  package var isRefutable: Bool {
    switch kind {
    case .binding(_, _, _, let sub): return sub?.isRefutable ?? false
    case .wildcard, .arrayRest: return false
    case .tuple(let items), .array(let items): return items.contains { $0.isRefutable }
    case .literal, .range: return true
    case .variant(let enumName, _, let items):
      _ = (enumName, items)
      return true
    case .structure(_, let fields): return fields.contains { $0.pattern.isRefutable }
    case .deref(let inner): return inner.isRefutable
    case .or(let options): return !options.contains { !$0.isRefutable }
    case .slice(let prefix, let suffix, let hasRest, _):
      return !hasRest || !prefix.isEmpty || !suffix.isEmpty || (prefix + suffix).contains { $0.isRefutable }
    }
  }
}
