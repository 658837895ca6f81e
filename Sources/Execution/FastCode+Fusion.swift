import MemoryModel
import RustFrontEnd

/// Fusing the commonest runs of instructions (`i < n` and its branch, `sum += i`, `n - 1`)
/// into one, so the dispatch loop reads their operands in place instead of pushing and
/// popping each. The fused instruction takes the run's first index; the others stay as they
/// were (never reached from it), so every index, jump target and resume point is unchanged.
extension FastCode {
  /// Every index an instruction may jump to: a run with one of these inside it (not at its
  /// start) is left unfused, since control could enter it halfway.
  static func jumpTargets(of code: [Instruction]) -> Set<Int> {
    var targets: Set<Int> = []
    for instruction in code {
      switch instruction {
      case .jump(let target), .jumpIfFalse(let target), .jumpIfTrue(let target):
        targets.insert(target)
      case .iteratorNext(_, let exit): targets.insert(exit)
      case .testVariant(_, _, let fail), .testLiteral(_, _, _, let fail), .testRange(_, _, _, _, _, let fail),
        .testSliceLength(_, _, _, let fail):
        targets.insert(fail)
      default: break
      }
    }
    return targets
  }

  static func fused(_ plain: [FastInstruction], jumpTargets: Set<Int>) -> (
    instructions: [FastInstruction], comparisons: [FusedComparison], arithmetics: [FusedArithmetic]
  ) {
    // Each `endStatement` first learns its run: the ones right after it, entered only from it.
    let runs = endStatementRuns(plain, jumpTargets: jumpTargets)
    var result = plain
    var comparisons: [FusedComparison] = []
    var arithmetics: [FusedArithmetic] = []
    for (index, run) in runs.enumerated() where run > 1 { result[index] = .endStatement(run: run) }
    var index = 0
    while index < plain.count {
      if let run = fusedRun(at: index, in: plain),
        !(index + 1..<index + run.length).contains(where: jumpTargets.contains)
      {
        switch run.kind {
        case .comparison(let comparison, let branches):
          comparisons.append(comparison)
          result[index] =
            branches
            ? .compareBranch(comparison: comparisons.count - 1)
            : .compareOperands(comparison: comparisons.count - 1)
        case .arithmetic(let arithmetic, let writes):
          let after = index + run.length
          // A write's statement end is skipped with it when control cannot enter it otherwise.
          let ends = writes && after < plain.count && !jumpTargets.contains(after) ? runs[after] : 0
          var record = arithmetic
          record.ends = ends
          arithmetics.append(record)
          result[index] =
            writes
            ? .arithmeticWrite(arithmetic: arithmetics.count - 1)
            : .arithmeticOperands(arithmetic: arithmetics.count - 1)
        }
        index += run.length
      } else if case .mark(let point, let reentry) = plain[index], index + 1 < plain.count,
        case .jump(let target) = plain[index + 1], !jumpTargets.contains(index + 1), target <= Int32.max
      {
        result[index] = .markThenJump(point, reentry: reentry, target: Int32(target))
        index += 2
      } else {
        index += 1
      }
    }
    markRuns(&result, comparisons: &comparisons, arithmetics: &arithmetics)
    return (result, comparisons, arithmetics)
  }

  /// A `mark` right before a fused `arithmeticWrite` or `compareBranch` (`sum += i;`), or a
  /// `markThenJump` whose jump lands on a `compareBranch` (a `while` loop's way back to its
  /// condition), becomes that run with the mark in its record: one dispatch for both. The run
  /// keeps its own index unmarked, for control entering there (a jump, a resumed thread).
  private static func markRuns(
    _ code: inout [FastInstruction], comparisons: inout [FusedComparison],
    arithmetics: inout [FusedArithmetic]
  ) {
    for index in code.indices.dropLast() {
      let point: SourcePoint
      let reentry: Bool
      let next: Int
      switch code[index] {
      case .mark(let markPoint, let markReentry):
        (point, reentry, next) = (markPoint, markReentry, index + 1)
      case .markThenJump(let markPoint, let markReentry, let target):
        (point, reentry, next) = (markPoint, markReentry, Int(target))
      default: continue
      }
      guard next < code.count else { continue }
      let mark = StepMark(point: point, reentry: reentry, resume: index + 1)
      switch code[next] {
      case .arithmeticWrite(let record) where next == index + 1:
        var marked = arithmetics[record]
        marked.mark = mark
        arithmetics.append(marked)
        code[index] = .arithmeticWrite(arithmetic: arithmetics.count - 1)
      case .compareBranch(let record) where comparisons[record].mark == nil:
        var marked = comparisons[record]
        marked.mark = mark
        comparisons.append(marked)
        code[index] = .compareBranch(comparison: comparisons.count - 1)
      default: break
      }
    }
  }

  /// A fused run: what it does and how many instructions it stands for.
  private struct FusedRun {
    enum Kind {
      /// `branches`: a `compareBranch`, else a `compareOperands`.
      case comparison(FusedComparison, branches: Bool)
      /// `writes`: an `arithmeticWrite`, else an `arithmeticOperands`.
      case arithmetic(FusedArithmetic, writes: Bool)
    }
    let kind: Kind
    let length: Int
  }

  /// The fused run starting at `index`, if one does.
  private static func fusedRun(at index: Int, in code: [FastInstruction]) -> FusedRun? {
    guard index + 2 < code.count, let left = operand(code[index]), let right = operand(code[index + 1]) else {
      return nil
    }
    let next = index + 3 < code.count ? code[index + 3] : nil
    switch code[index + 2] {
    case .compare(let op, let type):
      func comparison(endsStatement: Bool, target: Int) -> FusedComparison {
        FusedComparison(
          left: left, right: right, op: op, type: type, endsStatement: endsStatement, start: index,
          target: target)
      }
      if case .jumpIfFalse(let target)? = next {
        return FusedRun(
          kind: .comparison(comparison(endsStatement: false, target: target), branches: true), length: 4)
      }
      if case .endStatement? = next, index + 4 < code.count, case .jumpIfFalse(let target) = code[index + 4] {
        return FusedRun(
          kind: .comparison(comparison(endsStatement: true, target: target), branches: true), length: 5)
      }
      return FusedRun(
        kind: .comparison(comparison(endsStatement: false, target: 0), branches: false), length: 3)
    case .arithmetic(let point, let op, let type):
      func arithmetic(slot: Int, length: Int) -> FusedArithmetic {
        FusedArithmetic(
          left: left, right: right, op: op, type: Int(type), point: point, slot: slot, next: index + length,
          ends: 0)
      }
      if case .write(let slot)? = next {
        return FusedRun(kind: .arithmetic(arithmetic(slot: slot, length: 4), writes: true), length: 4)
      }
      return FusedRun(kind: .arithmetic(arithmetic(slot: 0, length: 3), writes: false), length: 3)
    default:
      return nil
    }
  }

  /// Per index: the length of the `endStatement` run starting there (0 where there is none),
  /// a run going on while the next is an `endStatement` no jump lands on.
  private static func endStatementRuns(_ code: [FastInstruction], jumpTargets: Set<Int>) -> [Int] {
    var runs = Array(repeating: 0, count: code.count)
    for index in code.indices.reversed() {
      guard case .endStatement = code[index] else { continue }
      let next = index + 1
      runs[index] = next < code.count && !jumpTargets.contains(next) ? 1 + runs[next] : 1
    }
    return runs
  }

  private static func operand(_ instruction: FastInstruction) -> FastOperand? {
    switch instruction {
    case .load(let slot): return .slot(slot)
    case .push(let constant): return .constant(constant)
    default: return nil
    }
  }
}
