import MemoryModel
import RustFrontEnd

extension Interpreter {
  package static let none = Value.variant(enumName: "Option", variant: "None", payload: [])

  package static func some(_ value: Value) -> Value {
    .variant(enumName: "Option", variant: "Some", payload: [value])
  }

  package func usize(_ value: Int) -> Value { .integer(Int128(value), type: "usize") }

  /// The referent type of a reference / pointer type.
  package func pointee(_ type: Int) -> Int { types[type].element }

  /// A fast instruction's call. The commonest calls in a loop go straight to their work:
  /// through `builtinResult` they paid for its switch, the family's switch and the argument
  /// array, several times the work itself.
  func executeBuiltin(_ call: BuiltinCall) throws {
    switch call.direct {
    case .vecPush:
      let item = operands.removeLast()
      let vec = address(of: operands.removeLast())
      try pushElement(item, toVecAt: vec, type: pointee(call.types[0]))
      push(.unit)
    case .makeString:
      let text = operands.removeLast()
      push(try makeString(bytesOfStr(text)))
    case .none:
      try executeBuiltin(call.builtin, types: call.types, at: call.point)
    }
  }

  package func executeBuiltin(_ builtin: Builtin, types typeList: [Int], at point: SourcePoint) throws {
    let count = typeList.count - 1
    // The arguments go into a reused array: a fresh one per call was a malloc and a free on
    // every `push` and `String::from`. A nested call finds it taken and makes its own.
    // (Element by element: `append(contentsOf:)`, `removeLast(_:)` and `removeAll` took the
    // general paths, costlier than the two or three moves they make.)
    var arguments = argumentScratch
    argumentScratch = []
    let start = operands.count - count
    for index in start..<operands.count { arguments.append(operands[index]) }
    for _ in 0..<count { operands.removeLast() }
    let resultType = typeList[count]
    let result = try builtinResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    while !arguments.isEmpty { arguments.removeLast() }
    argumentScratch = arguments
    if let result { push(result) }
  }

  /// The builtin's result, or nil when it already pushed it (before running drops that may
  /// call `Drop::drop`, so nothing touches the stack after a frame may have been pushed).
  func builtinResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    switch builtin {
    case .stringNew, .stringWithCapacity, .strToString, .stringFrom, .vecNew, .vecWithCapacity,
      .vecForCollect, .vecFromArray,
      .boxNew, .boxLeak, .rcNew, .arcNew, .rcClone, .rcStrongCount, .rcWeakCount, .rcPointerEqual,
      .sizeOfValue,
      .sizeOf, .alignOf, .drop, .forget, .swap, .replace, .take, .defaultValue, .processExit:
      return try constructorResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    case .stringPush, .stringPushStr, .stringCapacity, .vecCapacity, .stringClear, .stringTruncate,
      .stringPop, .stringReserve, .stringShrinkToFit, .stringInsert, .stringRemove, .stringAsStr,
      .vecAsSlice, .vecAsMutSlice:
      return try stringResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    case .strLength, .strIsEmpty, .strAsPointer, .sliceAsPointer, .strContains, .strStartsWith, .strEndsWith,
      .strToUppercase, .strToLowercase, .strTrim, .strChars, .strBytes, .sliceIterator, .sliceMutableIterator,
      .vecIntoIterator:
      return try strResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    case .vecPush, .vecPop, .vecInsert, .vecRemove, .vecSwapRemove, .vecClear, .vecTruncate, .vecReserve,
      .vecReserveExact, .vecShrinkToFit, .vecExtendFromSlice, .vecSplitOff, .vecAppend:
      return try vecResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    case .sliceLength, .sliceIsEmpty, .sliceGet, .sliceFirst, .sliceLast, .sliceContains, .sliceToVec,
      .sliceSwap, .sliceReverse, .sliceSum:
      return try sliceResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    case .optionMethod(let name):
      return try optionMethodResult(name, arguments, types: typeList)
    case .optionIsSome, .optionIsNone, .optionUnwrap, .optionExpect, .optionUnwrapOr, .optionTake,
      .optionCopied, .optionAsReference:
      return try optionResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    case .optionOkOr, .resultIsOk, .resultIsErr, .resultUnwrap, .resultExpect, .resultUnwrapOr, .resultOk,
      .resultErr, .strParse, .resultUnwrapErr, .resultExpectErr, .resultAsReference:
      return try resultResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    case .libraryIterator(let name):
      return try libraryIteratorResult(name, arguments, types: typeList, resultType: resultType, at: point)
    case .cell(let name):
      return try cellResult(name, arguments, types: typeList, resultType: resultType, at: point)
    case .hashTable(let name):
      return try hashTableResult(name, arguments, types: typeList, resultType: resultType, at: point)
    case .vecDeque(let name):
      return try vecDequeResult(name, arguments, types: typeList, resultType: resultType, at: point)
    case .binaryHeap(let name):
      return try binaryHeapResult(name, arguments, types: typeList, resultType: resultType, at: point)
    // No `where` clause or string pattern at this level: they turn the whole switch into a
    // chain of comparisons that every library call walks.
    case .threadSpawn(let function):
      if arguments.count == 2 {
        return try spawnScopedOrBuiltThread(
          function: function, arguments, types: typeList, resultType: resultType, at: point)
      }
      return try spawnThread(
        function: function, closure: arguments[0], closureType: typeList[0], handleType: resultType, at: point
      )
    case .thread(let name):
      return try threadResult(name, arguments, types: typeList, at: point)
    case .mutex(let name):
      return try mutexResult(name, arguments, types: typeList, resultType: resultType, at: point)
    case .atomic(let name):
      return try atomicResult(name, arguments, types: typeList, resultType: resultType, at: point)
    case .channel(let name):
      return try channelResult(name, arguments, types: typeList, resultType: resultType, at: point)
    case .standardIO(let name):
      return try standardIOResult(name, arguments, types: typeList, resultType: resultType, at: point)
    case .pieces, .functionAddress, .textInto:
      throw MisroutedBuiltin(builtin: builtin)
    case .formatterNew, .formatterMethod, .formatterFinishString, .formatterDerived:
      return try formatterResult(builtin, arguments, types: typeList)
    case .debugBuilder(let plan):
      return try debugBuilderResult(plan, arguments, types: typeList)
    case .debugRenderedBegin:
      debugWalkBases.append(formatters.count)
      return .unit
    case .debugRendered(let spec, let leafNames):
      return try debugRenderedResult(spec: spec, leafNames: leafNames, arguments, types: typeList, at: point)
    case .displayImplToString:
      throw MisroutedBuiltin(builtin: builtin)
    case .orderingMethod:
      return try orderingResult(builtin, arguments, types: typeList)
    case .textMethod, .sliceMethod:
      return try textOrSliceMethodResult(builtin, arguments, types: typeList, at: point)
    case .integerMethod, .floatMethod, .charMethod, .clone, .displayToString, .iteratorSum, .iteratorCount,
      .iteratorMax, .iteratorMin, .iteratorCollectVec:
      return try scalarResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    }
  }

  /// `thread::…` calls other than `spawn`.
  private func threadResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], at point: SourcePoint
  )
    throws -> Value?
  {
    if Self.threadLibraryFunctions.contains(name) {
      return try threadLibraryResult(name, arguments, types: typeList, at: point)
    }
    switch name {
    case "join": return joinThread(arguments[0], at: point)
    case "yield_now":
      yieldNow(at: point)
      return .unit
    default: throw MisroutedBuiltin(builtin: .thread(name))
    }
  }
}

/// A builtin reached a family function that does not handle it: a fault in memtutor itself.
package struct MisroutedBuiltin: Error {
  package var builtin: Builtin
}
