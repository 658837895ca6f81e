// The syntax tree of the Rust subset memtutor runs.
//
// Value types throughout; every expression carries a unique `id` so later stages
// (the checker's types, the compiler's slots) can attach facts in side tables.

/// A 1-based line and column (columns count Unicode scalars, as rustc does).
package struct SourceLocation: Hashable, Sendable, Comparable {
  package var line: Int
  package var column: Int

  package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// A half-open range of source text: `start` is the first character, `end` the one after the last.
package struct SourceSpan: Hashable, Sendable {
  package var start: SourceLocation
  package var end: SourceLocation

  package static let unknown = SourceSpan(
    start: SourceLocation(line: 0, column: 0), end: SourceLocation(line: 0, column: 0))

  package func merged(with other: SourceSpan) -> SourceSpan {
    SourceSpan(start: min(start, other.start), end: max(end, other.end))
  }

  package init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }
}

package struct Program: Sendable {
  package var items: [Item]
  /// The ids of the expressions where a range with an open end may be written: see
  /// `Checker.openRangeConsumers`.
  package var openRangeConsumers: Set<Int> = []
}

package enum Item: Sendable {
  case function(FunctionDecl)
  case structure(StructDecl)
  case enumeration(EnumDecl)
  case implementation(ImplBlock)
  case use(UseDecl)
  /// `const NAME: T = e;` or `static NAME: T = e;`
  case global(GlobalDecl)
  /// `trait Name { fn required(&self); fn provided(&self) { … } }`
  case trait(TraitDecl)
  /// `mod shapes { … }`: resolved away by `ModuleResolver` before checking.
  case module(ModuleDecl)
  /// `type Grid = Vec<Vec<char>>;`: resolved away by `ModuleResolver` before checking.
  case typeAlias(TypeAliasDecl)
}

// MARK: - Types

package struct TypeExpr: Sendable {
  package indirect enum Kind: Sendable {
    /// `i32`, `String`, `Vec<T>`, `Option<Box<T>>`, `std::rc::Rc<T>` (last segment in `name`,
    /// all segments in `path`), `Self`.
    case path(path: [String], generics: [TypeExpr])
    case reference(mutable: Bool, lifetime: String?, referent: TypeExpr)
    case array(element: TypeExpr, length: Expr)
    case slice(element: TypeExpr)
    /// `()` is an empty tuple.
    case tuple([TypeExpr])
    /// `_`
    case inferred
    /// `!`
    case never
  }

  package var kind: Kind
  package var span: SourceSpan
  /// A path's lifetime arguments (`'a` in `Excerpt<'a>`), kept apart from its type arguments.
  package var lifetimes: [LifetimeName] = []

  /// The last path segment, or nil when this is not a path type.
  package var name: String? {
    if case .path(let path, _) = kind { return path.last }
    return nil
  }
}

// MARK: - Patterns

package struct Pattern: Sendable {
  package indirect enum Kind: Sendable {
    case identifier(name: String, mutable: Bool, byReference: Bool, subpattern: Pattern?)
    case wildcard
    /// `..` inside tuple or slice patterns.
    case rest
    case tuple([Pattern])
    /// Integer, char, bool or string literal, possibly negated.
    case literal(Expr)
    case range(low: Expr, high: Expr, inclusive: Bool)
    /// `None`, `Color::Red`, a unit struct, a const.
    case path([String])
    /// `Some(x)`, `Color::Rgb(r, g, b)`, `Point(x, y)`
    case tupleStruct(path: [String], elements: [Pattern])
    /// `Point { x, y: 0, .. }`
    case structure(path: [String], fields: [FieldPattern], hasRest: Bool)
    case reference(mutable: Bool, Pattern)
    case or([Pattern])
    case slice([Pattern])
  }

  package var kind: Kind
  package var span: SourceSpan
}

package struct FieldPattern: Sendable {
  package var name: String
  package var pattern: Pattern
  package var span: SourceSpan
}

// MARK: - Statements and blocks

package struct Block: Sendable {
  package var statements: [Statement]
  /// The final expression without a semicolon, whose value is the block's value.
  package var tail: Expr?
  package var span: SourceSpan
}

package struct Statement: Sendable {
  package enum Kind: Sendable {
    case binding(pattern: Pattern, type: TypeExpr?, initializer: Expr?, elseBlock: Block?)
    /// An expression statement. `hasSemicolon` is false for block-like expressions
    /// (`if`, `while`, `match`, …) written without one in statement position.
    case expression(Expr, hasSemicolon: Bool)
    /// A nested item (`fn`, `struct`, `use`) inside a block.
    case item(Item)
    /// A lone `;`.
    case empty
  }

  package var kind: Kind
  package var span: SourceSpan
}

// MARK: - Expressions

package enum BinaryOperator: String, Sendable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case remainder = "%"
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "^"
  case shiftLeft = "<<"
  case shiftRight = ">>"
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case logicalAnd = "&&"
  case logicalOr = "||"
}

package enum UnaryOperator: String, Sendable {
  case negate = "-"
  case not = "!"
  case dereference = "*"
}

package struct MacroArgument: Sendable {
  /// `name` in `format!("{name}", name = x)`.
  package var name: String?
  package var value: Expr
}

package struct MatchArm: Sendable {
  package var pattern: Pattern
  package var guardExpression: Expr?
  package var body: Expr
  package var span: SourceSpan
}

package struct FieldInitializer: Sendable {
  package var name: String
  /// For the shorthand `Point { x, y }` this is a path expression naming `x`.
  package var value: Expr
  package var span: SourceSpan
}

package struct Expr: Sendable {
  package indirect enum Kind: Sendable {
    case integer(UInt128, suffix: String?)
    case float(Double, suffix: String?)
    case string(String)
    case character(Unicode.Scalar)
    case boolean(Bool)
    /// `x`, `String::new`, `Vec::<i32>::new`, `std::mem::size_of::<u64>`, `None`, `Color::Red`.
    /// `generics` collects every turbofish argument on the path.
    case path([String], generics: [TypeExpr])
    /// `()` is an empty tuple.
    case tuple([Expr])
    case array([Expr])
    case arrayRepeat(value: Expr, count: Expr)
    case structLiteral(path: [String], fields: [FieldInitializer], base: Expr?)
    case call(callee: Expr, arguments: [Expr])
    case methodCall(receiver: Expr, method: String, generics: [TypeExpr], arguments: [Expr])
    /// `.name`, and `.0` for tuple fields (name "0").
    case field(Expr, name: String)
    case index(Expr, index: Expr)
    case unary(UnaryOperator, Expr)
    case reference(mutable: Bool, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case assign(target: Expr, value: Expr)
    case compoundAssign(BinaryOperator, target: Expr, value: Expr)
    case cast(Expr, TypeExpr)
    case range(low: Expr?, high: Expr?, inclusive: Bool)
    case block(Block)
    /// `if cond {} else …`; `elseBranch` is a block expression or another `if`.
    case ifElse(condition: Expr, then: Block, elseBranch: Expr?)
    case ifLet(pattern: Pattern, scrutinee: Expr, then: Block, elseBranch: Expr?)
    case whileLoop(condition: Expr, body: Block, label: String?)
    case whileLet(pattern: Pattern, scrutinee: Expr, body: Block, label: String?)
    case loop(body: Block, label: String?)
    case forLoop(pattern: Pattern, iterable: Expr, body: Block, label: String?)
    case match(scrutinee: Expr, arms: [MatchArm])
    case breakLoop(label: String?, value: Expr?)
    case continueLoop(label: String?)
    case returnValue(Expr?)
    /// `println!`, `print!`, `eprintln!`, `eprint!`, `format!`, `panic!`, `assert!`,
    /// `assert_eq!`, `assert_ne!`, `unreachable!`, `todo!`. The name has no `!`.
    case macro(name: String, arguments: [MacroArgument])
    case vecList([Expr])
    case vecRepeat(value: Expr, count: Expr)
    case closure(ClosureExpr)
  }

  /// Unique within one parsed program.
  package var id: Int
  package var kind: Kind
  package var span: SourceSpan
}

/// `|x| x + 1`, `move || { … }`, `|a: i32, b: i32| -> i32 { a + b }`.
package struct ClosureExpr: Sendable {
  package struct Parameter: Sendable {
    package var pattern: Pattern
    package var type: TypeExpr?
  }

  package var isMove: Bool
  package var parameters: [Parameter]
  package var returnType: TypeExpr?
  package var body: Expr
  /// From `move`/`|` to the closing `|` of the parameter list: where rustc points.
  package var headSpan: SourceSpan
  /// A function named where a closure goes (`.map(String::from)`), read as the closure
  /// `|a| String::from(a)`: the path, whose parameter types the checker takes from it.
  package var forwardedFunction: [String]? = nil
}
