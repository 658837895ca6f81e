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

package struct Attribute: Sendable {
  /// `derive` for `#[derive(Debug, Clone)]`, `allow` for `#[allow(dead_code)]`.
  package var name: String
  /// `["Debug", "Clone"]`.
  package var arguments: [String]
  package var span: SourceSpan
}

package struct FunctionDecl: Sendable {
  package enum SelfParameter: Sendable, Equatable {
    case value  // self
    case mutableValue  // mut self
    case reference  // &self
    case mutableReference  // &mut self
  }

  package var name: String
  package var nameSpan: SourceSpan
  package var selfParameter: SelfParameter?
  package var parameters: [Parameter]
  package var returnType: TypeExpr?
  package var body: Block
  package var attributes: [Attribute]
  package var span: SourceSpan
  /// `<'a, 'b>` after the name.
  package var lifetimeParameters: [LifetimeName] = []
  /// `<T: PartialOrd>`, the bounds of a `where` clause, and one per `impl Trait` parameter.
  package var generics: [GenericParameter] = []
  /// `-> impl Fn(i32) -> i32`: the closure trait the returned (opaque) type implements.
  package var returnClosureBound: ClosureBound?
  /// `pub` on a method or associated function (its privacy outside the module).
  package var visibility: Visibility = .public
  /// The module the function is written in (`["shapes"]`), empty at the crate's root.
  package var modulePath: [String] = []
}

package struct GenericParameter: Sendable {
  /// `T`, or `impl Summary` for an `impl Trait` parameter.
  package var name: String
  /// Trait paths as written (`PartialOrd`, `std::fmt::Display`).
  package var bounds: [String]
  package var span: SourceSpan
  /// Where each bound is written.
  package var boundSpans: [SourceSpan] = []
  /// `F: Fn(i32) -> i32`: the closure trait's argument and return types (its name is in `bounds`).
  package var closureBound: ClosureBound?
}

/// `Fn(i32) -> i32`, `FnMut()`, `FnOnce() -> String` in a bound or an `impl`/`dyn` type.
package struct ClosureBound: Sendable {
  package enum Kind: String, Sendable, Comparable {
    case fn = "Fn"
    case fnMut = "FnMut"
    case fnOnce = "FnOnce"

    /// Fn < FnMut < FnOnce: a closure of a smaller kind may be used where a larger is wanted.
    package static func < (left: Kind, right: Kind) -> Bool { left.rank < right.rank }
    private var rank: Int {
      switch self {
      case .fn: 0
      case .fnMut: 1
      case .fnOnce: 2
      }
    }
  }

  package var kind: Kind
  package var parameters: [TypeExpr]
  package var returnType: TypeExpr?
  package var span: SourceSpan
}

package struct Parameter: Sendable {
  package var pattern: Pattern
  package var type: TypeExpr
  package var span: SourceSpan
}

package struct StructDecl: Sendable {
  package enum Shape: Sendable, Equatable {
    case named  // struct S { a: u8 }
    case tuple  // struct S(u8);  fields are named "0", "1", …
    case unit  // struct S;
  }

  package var name: String
  package var nameSpan: SourceSpan
  package var shape: Shape
  package var fields: [FieldDecl]
  package var attributes: [Attribute]
  package var span: SourceSpan
  package var lifetimeParameters: [LifetimeName] = []
  /// The module the struct is declared in, for its fields' privacy.
  package var modulePath: [String] = []
  /// `struct Point<T>`: each instance (`Point<i32>`) is a type of its own.
  package var generics: [GenericParameter] = []
}

package struct FieldDecl: Sendable {
  package var name: String
  package var type: TypeExpr
  package var span: SourceSpan
  package var visibility: Visibility = .public
}

package struct EnumDecl: Sendable {
  package var name: String
  package var nameSpan: SourceSpan
  package var variants: [EnumVariant]
  package var attributes: [Attribute]
  package var span: SourceSpan
  package var lifetimeParameters: [LifetimeName] = []
  /// `enum MyOption<T>`.
  package var generics: [GenericParameter] = []
}

package struct EnumVariant: Sendable {
  package var name: String
  /// Empty for a unit variant; positional payload types for `V(i32, String)`.
  package var payload: [TypeExpr]
  /// `V = 3`
  package var discriminant: Expr?
  package var span: SourceSpan
  /// The field names of a struct-like variant `V { x: i32, y: i32 }` (its payload in order).
  package var fieldNames: [String]? = nil
}

package struct ImplBlock: Sendable {
  /// `Drop` for `impl Drop for T`; nil for an inherent impl.
  package var traitName: String?
  /// Where the trait's name is written, for `impl Trait for T`.
  package var traitSpan: SourceSpan?
  /// The trait's path as written (`fmt::Display`), for the standard traits.
  package var traitPath: [String] = []
  package var typeName: String
  package var typeSpan: SourceSpan
  package var methods: [FunctionDecl]
  package var span: SourceSpan
  /// `impl<'a>`
  package var lifetimeParameters: [LifetimeName] = []
  /// The `'a` of `Excerpt<'a>` in `impl<'a> Excerpt<'a>`.
  package var targetLifetimes: [LifetimeName] = []
  /// `type Item = u32;` (only `impl Iterator` blocks have one).
  package var associatedTypes: [AssociatedType] = []
  /// `impl<T: Display>` (with its `where` clause's bounds).
  package var generics: [GenericParameter] = []
  /// The `T` of `Point<T>` or the `f32` of `Point<f32>`: the impl's type arguments.
  package var targetArguments: [TypeExpr] = []
}

/// `type Name = Type;` inside an `impl` block.
package struct AssociatedType: Sendable {
  package var name: String
  package var nameSpan: SourceSpan
  package var type: TypeExpr
  package var span: SourceSpan
}

/// A lifetime as written, `'a` (name without the quote), where it is written.
package struct LifetimeName: Sendable, Equatable {
  package var name: String
  package var span: SourceSpan

  package init(name: String, span: SourceSpan) {
    self.name = name
    self.span = span
  }

  /// `'static` and `'_` need no declaration.
  package var isBuiltIn: Bool { name == "static" || name == "_" }
}

package struct UseDecl: Sendable {
  /// Every full path the declaration brings in: `use std::{mem, rc::Rc};` gives
  /// `[["std","mem"], ["std","rc","Rc"]]`.
  package var paths: [[String]]
  package var span: SourceSpan
}

package struct GlobalDecl: Sendable {
  package enum Kind: Sendable, Equatable { case constant, staticItem, mutableStatic }
  package var kind: Kind
  package var name: String
  package var type: TypeExpr
  package var value: Expr
  package var span: SourceSpan
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
}
