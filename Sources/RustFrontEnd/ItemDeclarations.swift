// The syntax tree's items: functions, structs, enums, impl blocks, `use` and globals, with
// the parts they are declared from.

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
    case boxed  // self: Box<Self>
    case mutableBoxed  // mut self: Box<Self>
  }

  package var name: String
  package var nameSpan: SourceSpan
  package var selfParameter: SelfParameter?
  /// The `'a` of `&'a self` or `self: &'a mut Self`.
  package var selfLifetime: LifetimeName?
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
  /// `-> impl Display`: the traits the returned (opaque) type implements, as a parameter.
  package var returnImplTrait: GenericParameter?
  /// `pub` on a method or associated function (its privacy outside the module).
  package var visibility: Visibility = .public
  /// The module the function is written in (`["shapes"]`), empty at the crate's root.
  package var modulePath: [String] = []
  /// `where Self: Sized` on a trait's function: it is left out of the trait's objects.
  package var requiresSizedSelf = false
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
  /// `T: Add<Output = T>`, `impl Into<String>`: a bound's arguments, by its trait as written.
  package var boundArguments: [String: BoundArguments] = [:]
  /// `T: ?Sized`: the parameter may stand for an unsized type (`dyn Trait`, `str`, `[T]`).
  package var allowsUnsized = false
  /// `where C::Item: Display`: bounds on the parameter's associated types.
  package var associatedBounds: [AssociatedTypeBound] = []
}

/// `C::Item: Display + Clone` in a where clause.
package struct AssociatedTypeBound: Sendable {
  package var name: String
  package var nameSpan: SourceSpan
  package var bounds: [String]
  package var boundSpans: [SourceSpan]
}

/// The arguments written after a bound's trait: `<f64>` in `Into<f64>`, `<Output = T>`.
package struct BoundArguments: Sendable {
  package var types: [TypeExpr] = []
  package var associated: [AssociatedBinding] = []
  package var span: SourceSpan
}

/// `Output = T` in a bound.
package struct AssociatedBinding: Sendable {
  package var name: String
  package var type: TypeExpr
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
  /// Marked `#[default]`, the variant `#[derive(Default)]` on the enum makes.
  package var isDefault = false
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
  /// `const PI: f64 = 3.14;` in an inherent impl, read as `Type::PI` and `Self::PI`.
  package var constants: [GlobalDecl] = []
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
  /// The `f64` of `impl Mul<f64> for Vec2` (only operator traits take arguments).
  package var traitArguments: [TypeExpr] = []
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
  /// The paths imported under another name (`use std::collections::HashMap as Map;`).
  package var renames: [[String]: String] = [:]
}

package struct GlobalDecl: Sendable {
  package enum Kind: Sendable, Equatable { case constant, staticItem, mutableStatic }
  package var kind: Kind
  package var name: String
  package var type: TypeExpr
  package var value: Expr
  package var span: SourceSpan
}
