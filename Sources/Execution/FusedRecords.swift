import RustFrontEnd

/// The `mark` a fused run begins with when one came right before it (`sum += i;` is its
/// statement's mark, then the run), or when a loop's `mark` and `jump` lead to it: one
/// dispatch does both. The run stays unmarked at its own index, for control entering there.
struct StepMark {
  let point: SourcePoint
  let reentry: Bool
  /// Where the thread resumes when its time slice ends at this mark: the instruction after
  /// the `mark`, so the step the mark begins is its first when it runs again.
  let resume: Int
}

/// A fused `compare` of two operands (`compareBranch`, `compareOperands`).
struct FusedComparison {
  let left: FastOperand
  let right: FastOperand
  let op: BinaryOperator
  let type: Int
  /// The compared type is `u128` (its values compare as unsigned bit patterns): set by the
  /// interpreter, which knows the types.
  var isWideUnsigned = false
  /// A `while` condition's: an `endStatement` lies between the comparison and its branch.
  let endsStatement: Bool
  /// The index of the run's first instruction.
  let start: Int
  /// Where the branch goes when the comparison is false.
  let target: Int
  var mark: StepMark?

  /// Where control goes on when the comparison holds (past the whole run).
  var next: Int { start + (endsStatement ? 5 : 4) }
}

/// A fused `arithmetic` of two operands (`arithmeticWrite`, `arithmeticOperands`).
struct FusedArithmetic {
  let left: FastOperand
  let right: FastOperand
  let op: BinaryOperator
  let type: Int
  let point: SourcePoint
  /// The slot `arithmeticWrite` writes.
  let slot: Int
  /// The index right after the run.
  let next: Int
  /// The length of the `endStatement` run after an `arithmeticWrite` (0 for none), skipped
  /// too when no temporary is alive.
  var ends: Int
  /// The type's range when it is an integer type other than `u128`: set by the interpreter,
  /// which knows the types.
  var integerBounds: (minimum: Int128, maximum: Int128)?
  var mark: StepMark?
}
