import MemoryModel
import RustFrontEnd

/// The interpreter's commonest instructions with payloads that need no reference counting,
/// one per `Instruction`, so the dispatch loop copies a few plain words per instruction
/// instead of an enum whose payloads (paths, values) are retained and released each time.
/// Everything else is `.general`: the loop runs the `Instruction` at the same index.
enum FastInstruction {
  case mark(SourcePoint, reentry: Bool)
  /// Push the function's constant at this index (`FastCode.constants`).
  case push(constant: Int)
  case pop
  /// Load a whole slot (no path).
  case load(slot: Int)
  /// `initialize`, or `write` of a whole slot: the new value replaces the slot's.
  case write(slot: Int)
  case arithmetic(at: SourcePoint, BinaryOperator, type: Int32)
  case compare(BinaryOperator, type: Int)
  case jump(Int)
  case jumpIfFalse(Int)
  case jumpIfTrue(Int)
  /// A statement ends; with no temporaries alive there is nothing to do, here and in the
  /// `run - 1` instructions after it that end statements or scopes doing nothing either
  /// (see `FastCode+Fusion`), all skipped at once.
  case endStatement(run: Int)
  /// `call` of a function by index: its arguments are the top `arguments` operands.
  case call(at: SourcePoint, arguments: UInt16, function: Int32)
  case returnFromFunction
  /// `endScope` with its items at this index of `FastCode.scopes`.
  case endScope(scope: Int, announce: Bool)
  /// Fused runs of the instructions above (see `FastCode+Fusion`): the loop does in one
  /// dispatch what the run does, with no operand pushed between its parts, then moves on
  /// past the whole run or jumps. Each names its operands' record in `FastCode.comparisons`
  /// or `FastCode.arithmetics`, so that every instruction stays a few words long (the loop
  /// copies the whole instruction at each dispatch).
  /// `compare` of two operands, then `jumpIfFalse` (with an `endStatement` between them when
  /// the record `endsStatement`: a `while` condition's).
  case compareBranch(comparison: Int)
  /// `compare` of two operands, its `Bool` pushed.
  case compareOperands(comparison: Int)
  /// `arithmetic` of two operands, written to a whole slot; the `endStatement` run after the
  /// write is skipped too when no temporary is alive.
  case arithmeticWrite(arithmetic: Int)
  /// `arithmetic` of two operands, its result pushed.
  case arithmeticOperands(arithmetic: Int)
  /// `mark`, then `jump` (a loop's way back to its condition).
  case markThenJump(SourcePoint, reentry: Bool, target: Int32)
  /// A library call (`String::from`, `Vec::push`, …) with its operands at this index of
  /// `FastCode.builtinCalls`: the general path copied the whole `Instruction` for each.
  case builtin(call: Int)
  /// A slot's address (plus an offset) pushed as a raw pointer.
  case addressOfSlot(slot: Int, offset: Int)
  case general
}

/// Where a fused instruction reads an operand: a whole slot (`load`) or a constant (`push`).
enum FastOperand {
  case slot(Int)
  case constant(Int)
}

/// One function's code as `FastInstruction`s, index for index, with the values it pushes.
struct FastCode {
  let instructions: [FastInstruction]
  let constants: [Value]
  /// Each constant's number when it is an integer (read without copying the value).
  let integerConstants: [Int128?]
  /// The items of each `endScope`, by the index its fast instruction holds.
  let scopes: [[ScopeItem]]
  /// The operands of each `builtin`, by the index its fast instruction holds.
  let builtinCalls: [BuiltinCall]
  /// The records of the fused instructions, by the index each holds.
  let comparisons: [FusedComparison]
  let arithmetics: [FusedArithmetic]

  /// `inertScope(items, announce)`: whether an `endScope` can never do anything (no item
  /// needs dropping, nothing announced); it then counts as an `endStatement` run's part.
  init(_ code: [Instruction], inertScope: ([ScopeItem], Bool) -> Bool) {
    var constants: [Value] = []
    var scopes: [[ScopeItem]] = []
    var builtinCalls: [BuiltinCall] = []
    let plain: [FastInstruction] = code.map { instruction in
      switch instruction {
      case .mark(let point, let reentry): return .mark(point, reentry: reentry)
      case .push(let value):
        constants.append(value)
        return .push(constant: constants.count - 1)
      case .pop: return .pop
      case .load(let slot, let path) where path.isEmpty: return .load(slot: slot)
      case .write(let slot, let path, _, _) where path.isEmpty: return .write(slot: slot)
      case .initialize(let slot): return .write(slot: slot)
      case .arithmetic(let op, let type, let point) where type <= Int32.max:
        return .arithmetic(at: point, op, type: Int32(type))
      case .compare(let op, let type): return .compare(op, type: type)
      case .jump(let target): return .jump(target)
      case .jumpIfFalse(let target): return .jumpIfFalse(target)
      case .jumpIfTrue(let target): return .jumpIfTrue(target)
      case .endStatement: return .endStatement(run: 1)
      case .call(let function, let count, let point) where count <= UInt16.max && function <= Int32.max:
        return .call(at: point, arguments: UInt16(count), function: Int32(function))
      case .returnFromFunction: return .returnFromFunction
      case .endScope(let items, let announce) where inertScope(items, announce):
        // Nothing to do with or without temporaries: run as an `endStatement` would be
        // (with temporaries, the general way, which ends the scope as ever).
        return .endStatement(run: 1)
      case .endScope(let items, let announce):
        scopes.append(items)
        return .endScope(scope: scopes.count - 1, announce: announce)
      case .builtin(let builtin, let types, let point):
        builtinCalls.append(BuiltinCall(builtin: builtin, types: types, point: point))
        return .builtin(call: builtinCalls.count - 1)
      case .addressOfSlot(let slot, let offset): return .addressOfSlot(slot: slot, offset: offset)
      default: return .general
      }
    }
    self.constants = constants
    self.builtinCalls = builtinCalls
    self.integerConstants = constants.map { constant in
      if case .integer(let number, _) = constant { return number }
      return nil
    }
    self.scopes = scopes
    let fused = Self.fused(plain, jumpTargets: Self.jumpTargets(of: code))
    self.instructions = fused.instructions
    self.comparisons = fused.comparisons
    self.arithmetics = fused.arithmetics
  }
}
