import MemoryModel

/// Resolves names, infers and checks types, binds method calls and refuses what memtutor
/// cannot run, turning the syntax tree into a `CheckedProgram`.
///
/// Each function is checked on its own (no generics in user code), in source order, with
/// unification for `let` bindings without a type, integer literals and `Vec::new()`.
package final class Checker {
  package struct StructInfo {
    package var name: String
    package var fields: [(name: String, type: TypeTerm)]
    package var shape: StructDecl.Shape
    package var derives: Set<String>
    package var span: SourceSpan
  }

  package struct EnumInfo {
    package var name: String
    package var variants: [(name: String, payload: [TypeTerm], discriminant: Int128?)]
    package var derives: Set<String>
    package var span: SourceSpan
  }

  package struct FunctionSignature {
    package var name: String
    package var declaration: FunctionDecl
    /// The impl's type for methods and associated functions.
    package var owner: String?
    package var parameterTypes: [TypeTerm]
    package var selfType: TypeTerm?
    package var returnType: TypeTerm
    /// `impl<'a>` and the `'a` of `Excerpt<'a>` in it, for methods.
    package var implLifetimes: [LifetimeName] = []
    package var selfLifetimes: [LifetimeName] = []
    package var returnLifetimes: ReturnLifetimes?
  }

  package struct LoopContext {
    package var label: String?
    package var id: Int
    /// `loop` can produce a value with `break value`; `while`/`for` only `()`.
    package var breakType: TypeTerm?
    /// `'a: { … }`: only `break 'a` may leave it.
    package var isLabeledBlock = false
  }

  package static let maximumNesting = 200

  package let program: Program
  /// The source, line by line, as Unicode scalars (columns count scalars, as rustc does).
  package let sourceLines: [[Unicode.Scalar]]
  package var diagnostics: [Diagnostic] = []
  /// Mutability errors (E0384, E0594, E0596): rustc finds them in its borrow check, so they
  /// are reported with the move and borrow errors, in source order, and only without type errors.
  package var ownershipErrors: [Diagnostic] = []
  /// The E0596 reported for each immutable local's binding, and where it was first used: a
  /// second `&mut` use makes rustc gather them into one report at the binding.
  var notMutableReports: [SourceSpan: (index: Int, firstUse: SourceSpan)] = [:]
  package var structs: [String: StructInfo] = [:]
  /// `JoinHandle<T>` struct names and their `T`.
  package var joinHandleResults: [String: TypeTerm] = [:]
  /// Thread results whose type the handle's name took from rustc's default at the spawn.
  package var pendingJoinHandleGuesses: [(result: TypeTerm, guessed: TypeTerm, span: SourceSpan)] = []
  /// `Mutex<T>` and `MutexGuard<'_, T>` struct names and their `T`.
  package var mutexValues: [String: TypeTerm] = [:]
  /// Each mutex type's guard type, and the mutex types made in this function whose value
  /// type is not settled yet.
  package var mutexGuards: [String: String] = [:]
  /// Each `RwLock<T>`'s `RwLockReadGuard<'_, T>` (its write guard is in `mutexGuards`).
  var readGuards: [String: String] = [:]
  var pendingMutexes: [String] = []
  /// The settled `Mutex<T>`, `MutexGuard<'_, T>` and `PoisonError<…>` types as instances, which
  /// each function's inference table starts with.
  var mutexInstances: [String: TypeInstance] = [:]
  package var enums: [String: EnumInfo] = [:]
  /// The fields (by struct) and variant payloads (by `Enum#variant`) declared with only
  /// `'static` lifetimes (`name: &'static str`): `CheckedProgram.staticFields`.
  var staticFields: [String: Set<Int>] = [:]
  package var signatures: [FunctionSignature] = []
  package var functionsByName: [String: Int] = [:]
  /// Methods and associated functions by type name, then method name.
  package var methods: [String: [String: Int]] = [:]
  package var dropFunctions: [String: Int] = [:]
  /// `impl Display for T`: each type's `fmt`, by type name.
  package var displayFunctions: [String: Int] = [:]
  /// `impl Debug for T` written by hand: each type's `fmt`, by type name.
  package var debugFunctions: [String: Int] = [:]
  /// The library's `Formatter` is declared (the program has no type of that name).
  package var usesStandardFormatter = false
  /// The program calls `io::stdin()`.
  package var readsStandardInput = false
  /// The file's trait declarations by name.
  package var traits: [String: TraitDecl] = [:]
  /// `impl std::error::Error for T {}`: each type's name and where the impl names it.
  package var errorImpls: [String: SourceSpan] = [:]
  /// `<dyn Error>::fmt`, the vtable call `{}` makes on a `dyn Error`, once one is written.
  package var errorDisplayDispatcher: Int?
  /// The auto traits every `dyn Error` of the program is written with (`Box<dyn Error + Send +
  /// Sync>`), once one is met: such an object is std's `dyn Error` with them (`Checker+ErrorTrait`).
  package var errorObjectAutoTraits: Set<String>?
  /// A trait object's stand-ins for its `where Self: Sized` methods, which its vtable leaves
  /// out: calling one is rustc's error.
  package var sizedOnlyDispatchers: Set<Int> = []
  /// The traits each type implements, by type name.
  package var implementedTraits: [String: Set<String>] = [:]
  /// `impl Describe for i32`, `impl Summary for Vec<String>`: a standard type a program's own
  /// trait is implemented for, by the name its methods are kept under (`i32`, `Vec<String>`).
  package var foreignOwners: [String: TypeTerm] = [:]
  /// Those impls, collected once every type of the program is declared.
  package var deferredForeignImpls: [(block: ImplBlock, trait: String)] = []
  /// The associated types of the program's traits, by implementing (or opaque) type name and
  /// then by associated type name; more than one binding for a name is an ambiguous name.
  package var associatedTypeBindings: [String: [String: [AssociatedTypeBinding]]] = [:]
  /// Set when `T::Item` named a type parameter an inference variable still stands for.
  package var unsettledProjection = false
  /// The `type Item` of each type with an `impl Iterator`.
  package var iteratorItemTypes: [String: TypeExpr] = [:]
  /// The methods an `impl Trait for T` writes itself, by signature: the trait's name.
  package var traitMethodSignatures: [Int: String] = [:]
  /// `impl Add for Point` and the other operator impls, by type name.
  package var operatorImpls: [String: [OperatorImpl]] = [:]
  /// `impl From<Feet> for Meters`, by the target type's name.
  package var conversionImpls: [String: [ConversionImpl]] = [:]
  /// `impl Index<usize> for Poly`, by the indexed type's name.
  package var indexImpls: [String: [IndexImpl]] = [:]
  /// `impl IndexMut<usize> for Poly`, by the indexed type's name.
  package var indexMutImpls: [String: [IndexImpl]] = [:]
  /// `impl Deref for MyBox<T>` and `impl DerefMut`, by the type's name (a generic type's base).
  package var derefImpls: [String: DerefImpl] = [:]
  /// The calls of those impls' methods the checker made for an overloaded `*`, by function.
  package var overloadedDerefCalls: [Int: OverloadedCall] = [:]
  /// `impl Default for Config` written by hand: each type's `default`, by type name.
  package var handWrittenDefaults: [String: Int] = [:]
  /// `impl PartialEq`/`Eq`/`PartialOrd`/`Ord` written by hand: each type's traits and their
  /// method (-1 for `Eq`), by type name.
  package var handWrittenComparisons: [String: [String: Int]] = [:]
  /// Set when a comparison memtutor makes itself reached such a type; the expression being
  /// checked then refuses it.
  package var reachedHandWrittenComparison = false
  /// Set when a clone memtutor makes itself reached a type with a hand-written `Clone`
  /// (`isCloneMadeHere`); the expression being checked then refuses it.
  package var reachedHandWrittenClone = false
  /// `impl TryFrom<T>` and `impl FromStr` written by hand (`Checker+FallibleConversions`).
  package var fallibleConversionImpls: [FallibleConversionImpl] = []
  /// `impl<T: Display> Display for Wrapper<T>`: the generic `fmt`, by the generic type's name.
  package var genericDisplayImpls: [String: Int] = [:]
  package var genericDebugImpls: [String: Int] = [:]
  /// `w.to_string()` through such a generic `fmt`: the instance's signature, and the method's
  /// name, where rustc reports a bound the type does not meet.
  package var genericToStringCalls: [Int: SourceSpan] = [:]
  /// Generic type parameters by name while a signature or body is resolved: the opaque
  /// stand-in when a generic function is checked once for all its uses, the concrete types in
  /// a monomorphised instance.
  package var typeSubstitution: [String: TypeTerm] = [:]
  /// Each generic function's check-once signature and each instance: its parameters' types.
  package var substitutions: [Int: [String: TypeTerm]] = [:]
  /// The check-once signatures of generic functions (their code is never called).
  package var genericFunctions: Set<Int> = []
  /// Calls to generic functions in the body being checked, whose instance is chosen once the
  /// body's types are known.
  package var pendingGenericCalls: [PendingGenericCall] = []
  /// Instances chosen so far by name (`largest::<i32>`), for calls whose types are known at once.
  package var chosenInstances: [String: Int] = [:]
  /// The instances of generic functions and methods (`pop_it::<&str>`): their bodies were
  /// checked once generically, as rustc checks them.
  package var genericInstances: Set<Int> = []
  /// The `clone` calls (by the method name's span) that resolved to `Clone for &T` because the
  /// referent was a generic parameter without the `Clone` bound: rustc resolves the call once,
  /// so each instance clones the reference too, whatever the parameter stands for.
  var referenceClones: Set<SourceSpan> = []
  /// Generic structs and enums, their instances and the methods of their generic impls.
  package var genericTypes = GenericTypeState()
  /// Trait methods without a body (a bound's required methods on an opaque type parameter).
  package var bodilessSignatures: Set<Int> = []
  /// Names brought in by `use`: the last segment (or alias) to the full path.
  package var imports: [String: [String]] = [:]
  package var globalIndex: [String: Int] = [:]
  package var globalDeclarations: [GlobalDecl] = []
  package var globalTypes: [TypeTerm] = []
  /// A `const` or `static` declared in a function's body, by global index: the body it is
  /// visible in.
  package var functionScopedGlobals: [Int: SourceSpan] = [:]
  /// The body being checked, for the visibility of function-scoped constants.
  package var currentBodySpan: SourceSpan?
  package var checkedGlobals: [CheckedGlobal] = []
  /// A library method call's whole span (`v.len()`), by the start of its method name, which is
  /// the span its value carries (panics inside it are reported there).
  package var methodCallSpans: [SourceLocation: SourceSpan] = [:]
  package var layoutCalculator = LayoutCalculator()

  // Per-function state.
  /// The lifetimes a type may name here (nil: not checked).
  package var lifetimesInScope: Set<String>?
  /// `parse` calls of this function: target type and error type, settled at its end.
  /// Each `parse` of the function being checked: its target, its error type, and the place of
  /// the `parse` (nil when it is not written as a method call).
  package var pendingParses: [(target: TypeTerm, failure: TypeTerm, call: SourceSpan?)] = []
  /// `n.try_into()` in the body being checked: its target, settled by the body's types.
  var pendingTryIntos: [(target: TypeTerm, source: TypeTerm, methodSpan: SourceSpan)] = []
  /// `Default::default()` calls of this function, checked once their types are known.
  package var pendingDefaults: [(type: TypeTerm, span: SourceSpan)] = []
  /// `sum`, `product` and `collect` calls of this function whose type is settled at its end.
  var pendingTerminals: [PendingTerminal] = []
  /// `"text".into()` while `dyn Error` is in use: its type (a `String` or a `Box<dyn Error>`)
  /// and where the call is, settled at the body's end.
  var pendingTextIntos: [(type: TypeTerm, span: SourceSpan)] = []
  /// A generic function's call whose type parameter nothing settled (`let x = make();`): the
  /// parameter's type, whether bounds constrain it (rustc's E0283, else E0282) and the callee.
  var unsettledGenericCalls: [(type: TypeTerm, bounded: Bool, span: SourceSpan)] = []
  /// Each `let _ = value;` without a type: where rustc asks for the value's type if nothing
  /// settles it (`let _ = make();` points at `_`).
  var wildcardLets: [(type: TypeTerm, span: SourceSpan)] = []
  /// The terminal `checkTerminalOfUnsettledType` is checking (so it is checked once).
  var terminalBeingChecked: Int?
  /// Each local's binding in its pattern (`v`, `mut v`), where rustc asks for its type.
  var bindingSpans: [Int: SourceSpan] = [:]
  package var table = InferenceTable()
  /// Integer literals without a suffix, checked against their type once inference is done.
  package var unsuffixedLiterals: [UnsuffixedLiteral] = []
  package var locals: [LocalVariable] = []
  package var scopes: [[String: Int]] = []
  package var declaredInScope: [[Int]] = []
  package var loops: [LoopContext] = []
  /// Locals declared with `let x;` (no initializer): their first assignment initialises them.
  package var deferredLocals: Set<Int> = []
  /// For each `thread::scope` closure the body being checked is inside, the first slot declared
  /// in it (their bodies are checked in place, so `return` and `?` there are refused).
  package var threadScopeBases: [Int] = []
  /// Loops that some `break` leaves (a `loop` without one has type `!`).
  package var loopBreaks: Set<Int> = []
  /// While checking the second and later alternatives of an or-pattern: the slots the
  /// first alternative bound, by name.
  package var orPatternSlots: [String: Int]?
  package var nextLoopID = 0
  package var returnType: TypeTerm = .unit
  package var currentOwner: String?
  /// The module the function being checked is written in (empty at the crate's root).
  package var currentModulePath: [String] = []
  /// Structs declared inside modules: that module and each field's visibility.
  package var structPrivacy: [String: (module: [String], fields: [String: Visibility])] = [:]
  /// Errors rustc finds only once type checking found none (E0451).
  package var lateDiagnostics: [Diagnostic] = []
  package var nesting = 0
  package var closureState = ClosureState()
  /// Trait objects: the methods of `dyn Trait` and the vtables coercions need.
  package var dynamicMethods: [Int: DynamicMethod] = [:]
  package var vtables: [String: VTable] = [:]
  /// Set while checking `s.contains(c)` with a `char` argument (a `char` pattern).
  package var charPatternArgument = false
  /// Set while checking an expression whose value is wanted as (or inside) a function pointer
  /// type: a function's name there is a `fn` pointer, not a zero-sized function item.
  package var functionPointerWanted = false
  /// The expressions where a range with an open end (`3..`, `..4`, `..`) is taken apart where
  /// it is written: a `for` loop's iterable, a method's receiver or argument (`(1..).take(4)`,
  /// `v.drain(..)`), an index (`&s[2..]`). Anywhere else it would be a value of its own type
  /// (`RangeFrom`, `RangeTo`), which memtutor does not model. The parser marks what the
  /// learner wrote (`Program.openRangeConsumers`); the checker marks the receivers and arguments
  /// of the calls its own rewrites write (`sort_by_key`'s slice, `successors`'s endless range).
  package var openRangeConsumers: Set<Int> = []
  /// The type wanted of the expression about to be checked, when a function pointer is in it:
  /// a closure takes its parameter types from it, a tuple hands each item its part.
  package var functionPointerWantedType: TypeTerm?
  /// `Box::new(|s| s.len())` or `&|s| s.len()` where a `dyn Fn(&str) -> usize` is wanted: the
  /// closure (by its expression's id) takes its parameter types from the trait object's.
  package var closureObjectParameters: (id: Int, parameters: [TypeTerm])?
  /// The bodiless functions that calls through function pointers name, by the pointer type.
  package var functionPointerDispatchers: [String: Int] = [:]
  /// The argument written in `s.extend(argument)` while the call is checked under the name
  /// `extendCall` gave it (`String::extend` takes any iterator of text).
  package var writtenExtendSource: Expr?
  /// The `Vec` a `v.extend(chain)` grows, for the chain about to be checked.
  var pendingVecExtension: TextExtension?
  /// The program did not declare its own `Ordering`: `cmp` returns the library's.
  package var usesStandardOrdering = false
  /// How many expressions desugared library calls have made up (for their ids).
  package var syntheticExpressionCount = 0
  /// The containers whose `{:?}` walk is being checked, with their placeholder's options
  /// (`Checker+DebugContainers`).
  package var debugWalkRoots: [(TypedExpr, FormatString.Spec)] = []
  /// Expressions already checked that desugared code names through `Checker.embeddedMacro`.
  package var embeddedExpressions: [TypedExpr] = []
  /// `let s: String = …collect();`, a function's tail, `s = …`: the type wanted of the
  /// expression with this id.
  package var annotatedInitializer: (id: Int, type: TypeTerm)?
  /// The head of the closure a plain `let` binds (no annotation, so no signature is expected).
  package var standaloneClosureHead: SourceSpan?
  /// The method call being checked (its whole span) and its name's span: rustc puts a wrong
  /// argument count at the name.
  package var methodNameBeingChecked: (call: SourceSpan, name: SourceSpan)?
  /// The block-like expression written as a statement without `;` (its value must be `()`).
  package var unitStatementID: Int?
  /// Set for the check that sees each `-> impl Trait` result as an opaque type.
  package var opaqueReturns = false
  /// Set once the items' signatures are resolved: a type written from then on is in a body,
  /// where rustc puts a trait object's errors at the trait's name rather than at `dyn`.
  package var resolvingBodyTypes = false
  /// The opaque type each `-> impl Trait` function returns, when `opaqueReturns` is set.
  package var opaqueReturnNames: [Int: String] = [:]
  /// The opaque parameters bounded by `Into<String>`.
  package var opaqueIntoStrings: Set<String> = []
  /// The opaque stand-ins for generic parameters (`makeOpaqueParameter`), by type name.
  package var opaqueParameterTypes: Set<String> = []
  /// The types an `Into<String>`-bound parameter stands for in the generic instance being
  /// checked: there `.into()` on them is the `String` the bound promises.
  var intoStringArguments: [TypeTerm] = []
  /// `-> impl Trait` functions whose body has not yet given their result type.
  package var unsettledImplReturns: Set<Int> = []
  /// Set while the body of an `-> impl Iterator<…>` function is checked.
  package var returnsImplIterator = false

  package init(program: Program, source: String) {
    self.program = program
    self.openRangeConsumers = program.openRangeConsumers
    self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array($0.unicodeScalars)
    }
  }

  /// Checks the whole program.
  /// `enforcesOwnership` false lets a program with move or borrow errors through (a "what if"
  /// run); its `ownershipDiagnostics` still say what rustc would report.
  package static func check(_ program: Program, source: String, enforcesOwnership: Bool = true)
    throws(DiagnosticList) -> CheckedProgram
  {
    let (resolved, problems) = ModuleResolver.resolve(program, source: source)
    if !problems.isEmpty { throw DiagnosticList(diagnostics: problems) }
    // `-> impl Trait`: callers may use only what the traits promise, so the program is first
    // checked with the returned types opaque (rustc's view), then run with the types the
    // bodies return.
    if resolved.items.contains(where: Self.returnsImplTrait) {
      let opaque = Checker(program: resolved, source: source)
      opaque.opaqueReturns = true
      // An opaque iterator's `next` is a stand-in whose borrows are not std's: the run with
      // the hidden types checks ownership.
      let iteratorReturns = resolved.items.contains(where: Self.returnsImplIterator)
      _ = try opaque.run(enforcesOwnership: enforcesOwnership && !iteratorReturns)
    }
    let checker = Checker(program: resolved, source: source)
    return try checker.run(enforcesOwnership: enforcesOwnership)
  }

  package func run(enforcesOwnership: Bool = true) throws(DiagnosticList) -> CheckedProgram {
    collectItems()
    resolveDeclarations()
    resolveSignatures()
    checkTraitImplSignatures()
    checkImplAssociatedTypeBounds()
    checkIteratorImplSignatures()
    checkOperatorImplSignatures()
    checkConversionImplSignatures()
    checkDefaultImplSignatures()
    checkIndexImplSignatures()
    checkIndexMutImplSignatures()
    checkDerefImpls()
    refuseDerivesOverHandWrittenComparisons()
    checkDeriveRequirements()
    checkDisplayImplSignatures()
    checkCloneImplSignatures()
    checkFallibleConversionSignatures()
    checkErrorImplBounds()
    checkGlobals()
    guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics: Self.inRustcOrder(diagnostics)) }
    resolvingBodyTypes = true
    var functions: [CheckedFunction] = []
    // A function returning `impl Fn(…)` is checked first: its callers need the closure type
    // its body returns.
    var checkedEarly: [Int: CheckedFunction] = [:]
    unsettledImplReturns = Set(
      signatures.indices.filter {
        signatures[$0].declaration.returnImplTrait != nil && runsImplTraitReturn($0)
      })
    for index in signatures.indices
    where signatures[index].declaration.returnClosureBound != nil
      || signatures[index].declaration.returnImplTrait != nil
    {
      if genericFunctions.contains(index) || (signatures[index].owner != nil && !runsImplTraitReturn(index)) {
        let decl = signatures[index].declaration
        unsupported(
          "`impl Trait` return types on generic functions and methods", at: decl.returnType?.span ?? decl.span
        )
        continue
      }
      typeSubstitution = substitutions[index] ?? [:]
      checkedEarly[index] = checkFunction(index)
    }
    unsettledImplReturns = []
    // Checking a call to a generic function adds an instance, and a closure takes the next
    // index for its own function: the list grows as it goes, one index space for both.
    var index = 0
    while index < signatures.count {
      if closureState.reservedIndices.contains(index) {
        // The closure was finished with the function that made it, which comes earlier.
        if let closure = closureState.functionsByIndex[index] { functions.append(closure) }
        index += 1
        continue
      }
      if let early = checkedEarly[index] {
        functions.append(early)
        index += 1
        continue
      }
      typeSubstitution = substitutions[index] ?? [:]
      let reported = diagnostics.count
      let reportedOwnership = ownershipErrors.count
      if var function = checkFunction(index) {
        function.isGenericInstance = genericInstances.contains(index)
        if function.isGenericInstance, let substitution = substitutions[index] {
          function.typeParameterPositions = typeParameterPositions(
            of: signatures[index].declaration, substitution: substitution)
        }
        functions.append(function)
      }
      if bodilessSignatures.contains(index) {
        diagnostics.removeSubrange(reported...)
        ownershipErrors.removeSubrange(reportedOwnership...)
      }
      index += 1
    }
    typeSubstitution = [:]
    // A generic function's body is checked once generically and again per instance.
    diagnostics = Self.inRustcOrder(Self.withoutRepeats(diagnostics))
    // Closures are types too: their layouts (and whether they are `Copy`) are known only now.
    if !closureState.functionsByIndex.isEmpty {
      layoutCalculator = LayoutCalculator(declarations: typeDeclarations())
    }
    guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics: diagnostics) }
    guard lateDiagnostics.isEmpty else {
      throw DiagnosticList(diagnostics: Self.withoutRepeats(lateDiagnostics))
    }
    guard let mainIndex = functionsByName["main"] else {
      throw DiagnosticList(diagnostics: [
        Diagnostic(
          "`main` function not found in crate",
          at: SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 2)))
      ])
    }
    var checked = CheckedProgram(
      functions: functions, mainIndex: mainIndex, declarations: typeDeclarations(),
      dropFunctions: dropFunctions, globals: checkedGlobals)
    checked.handWrittenDefaults = handWrittenDefaults
    for impl in fallibleConversionImpls where impl.trait == "FromStr" {
      checked.handWrittenParses[impl.owner] = impl.function
    }
    checked.dynamicMethods = dynamicMethods
    checked.vtables = vtables
    checked.readsStandardInput = readsStandardInput
    checked.staticFields = staticFields
    // Moves and borrows are checked together, as rustc's borrow checker does: its reports come
    // in source order.
    var ownership = ownershipErrors
    ownership += MoveChecker(program: checked, layout: layoutCalculator).check()
    ownership += BorrowChecker(program: checked, layout: layoutCalculator).check()
    ownership = Self.withoutRepeats(ownership)
    ownership.sort { ($0.span.start.line, $0.span.start.column) < ($1.span.start.line, $1.span.start.column) }
    checked.ownershipDiagnostics = ownership
    guard ownership.isEmpty || !enforcesOwnership else { throw DiagnosticList(diagnostics: ownership) }
    var lint = KnownPanicLint(program: checked)
    let certainPanics = lint.check()
    guard certainPanics.isEmpty else { throw DiagnosticList(diagnostics: certainPanics) }
    return checked
  }

  package func error(_ written: String, at span: SourceSpan) {
    // The invisible marks that keep two opaque `T`s apart are not part of the name.
    let message = namingInferredInstances(written.replacing("\u{200B}", with: ""))
    var diagnostic = Diagnostic(message, at: span)
    diagnostic.code = Diagnostic.rustcCode(forMessage: message)
    // rustc heads a type mismatch with its two words and puts the types under the caret.
    let mismatch = "mismatched types: "
    if message.hasPrefix(mismatch) {
      diagnostic.message = "mismatched types"
      diagnostic.primaryLabel = String(message.dropFirst(mismatch.count))
    }
    diagnostics.append(diagnostic)
  }

  /// A mutability error with rustc's code and label, kept for the borrow check's report.
  package func ownershipError(_ message: String, at span: SourceSpan, code: String, label: String? = nil) {
    var diagnostic = Diagnostic(message, at: span)
    diagnostic.code = code
    diagnostic.primaryLabel = label
    ownershipErrors.append(diagnostic)
  }

  package func unsupported(_ what: String, at span: SourceSpan) {
    diagnostics.append(Diagnostic.unsupported(what, at: span))
  }
}
