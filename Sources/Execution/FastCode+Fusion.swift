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

  static func fused(_ plain: [FastInstruction], jumpTargets: Set<Int>) -> [FastInstruction] {
    // Each `endStatement` first learns its run: the ones right after it, entered only from it.
    let runs = endStatementRuns(plain, jumpTargets: jumpTargets)
    var result = plain
    for (index, run) in runs.enumerated() where run > 1 { result[index] = .endStatement(run: run) }
    var index = 0
    while index < plain.count {
      if let (instruction, length) = fusedRun(at: index, in: plain),
        !(index + 1..<index + length).contains(where: jumpTargets.contains)
      {
        result[index] = instruction
        if case .arithmeticWrite(let left, let right, let op, _, let type, let point, let slot) = instruction,
          index + length < plain.count, runs[index + length] > 0, !jumpTargets.contains(index + length)
        {
          result[index] = .arithmeticWrite(
            left, right, op, ends: UInt8(clamping: runs[index + length]), type: type, at: point, slot: slot)
        }
        index += length
      } else if case .mark(let point, let reentry) = plain[index], index + 1 < plain.count,
        case .jump(let target) = plain[index + 1], !jumpTargets.contains(index + 1)
      {
        result[index] = .markThenJump(point, reentry: reentry, target: target)
        index += 2
      } else {
        index += 1
      }
    }
    return result
  }

  /// The fused instruction for the run starting at `index`, and the run's length.
  private static func fusedRun(at index: Int, in code: [FastInstruction]) -> (FastInstruction, Int)? {
    guard index + 2 < code.count, let left = operand(code[index]), let right = operand(code[index + 1]) else {
      return nil
    }
    let next = index + 3 < code.count ? code[index + 3] : nil
    switch code[index + 2] {
    case .compare(let op, let type):
      if case .jumpIfFalse(let target)? = next {
        return (.compareBranch(left, right, op, endsStatement: false, type: type, ifFalse: target), 4)
      }
      if case .endStatement? = next, index + 4 < code.count, case .jumpIfFalse(let target) = code[index + 4] {
        return (.compareBranch(left, right, op, endsStatement: true, type: type, ifFalse: target), 5)
      }
      return (.compareOperands(left, right, op, type: type), 3)
    case .arithmetic(let op, let type, let point):
      if case .write(let slot)? = next {
        return (.arithmeticWrite(left, right, op, ends: 0, type: type, at: point, slot: slot), 4)
      }
      return (.arithmeticOperands(left, right, op, type: type, at: point), 3)
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
