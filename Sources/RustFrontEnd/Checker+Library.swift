import MemoryModel

extension Checker {
  /// Numbers, `bool`, `char` and tuples and arrays of them: values that own and borrow nothing.
  func isPlainData(_ type: TypeTerm) -> Bool {
    switch table.resolve(type) {
    case .integer, .float, .bool, .char: return true
    case .tuple(let items): return items.allSatisfy(isPlainData)
    case .array(let item, _): return isPlainData(item)
    case let variable where table.kind(of: variable) == .integer || table.kind(of: variable) == .float:
      return true
    default: return false
    }
  }

  /// The library methods memtutor runs, by receiver type (after auto-deref) and name.
  package func libraryMethod(on type: TypeTerm, _ name: String, generics: [TypeExpr]) -> LibraryMethod? {
    func method(_ builtin: Builtin, _ mode: SelfMode, _ parameters: [TypeTerm] = [], _ result: TypeTerm)
      -> LibraryMethod
    {
      LibraryMethod(builtin: builtin, selfMode: mode, parameters: parameters, result: result)
    }
    let strRef = TypeTerm.reference(.str, mutable: false)
    if name == "clone", let call = methodNameBeingChecked?.name, referenceClones.contains(call) {
      // A generic body's `x.clone()` with `x: &T`: the reference is what is cloned.
      guard case .reference(_, false) = type else { return nil }
      return method(.clone, .reference, [], type)
    }
    if name == "clone", isCloneMadeHere(type), !type.isReference || clonesTheReference(type) {
      // Only a referent that is not `Clone` (a generic parameter without the bound) decides for
      // every instance; `&str` and `&[T]` met on the way in do not (a `T = &str` instance).
      if case .reference(let referent, false) = table.resolve(type), !isClone(referent),
        let call = methodNameBeingChecked?.name
      {
        switch referent {
        case .str, .slice: break
        default: referenceClones.insert(call)
        }
      }
      if case .rc(let inner) = type { return method(.rcClone, .reference, [], .rc(inner)) }
      if case .library(.weak, _) = type { return method(.cell("Weak::clone"), .reference, [], type) }
      if case .arc(let inner) = type { return method(.rcClone, .reference, [], .arc(inner)) }
      return method(.clone, .reference, [], type)
    }
    if name == "to_string", case .structure(let typeName) = type,
      structs[typeName]?.derives.contains("Display") == true
    {
      return method(.displayToString, .reference, [], .string)
    }
    if let utf8Error = utf8ErrorMethod(on: type, name) { return utf8Error }
    if let cow = cowMethod(on: type, name) { return cow }
    if case .library(.vecDeque, let element) = type { return vecDequeMethod(name, element: element) }
    if case .library(.binaryHeap, let element) = type { return binaryHeapMethod(name, element: element) }
    if case .library(let wrapper, let inner) = type { return cellMethod(wrapper, inner, name) }
    if let ordering = orderingMethod(on: type, name) { return ordering }
    if let formatter = formatterMethod(on: type, name) { return formatter }
    if name == "to_string", let function = displayFunction(for: type) {
      return method(.displayImplToString(function), .reference, [], .string)
    }
    if let pieces = piecesMethod(on: type, name) { return pieces }
    switch type {
    case .string:
      if name == "extend"
        || writtenExtendSource != nil && (name.hasPrefix("(extend") || name == "extend_from_slice")
      {
        // Any iterator of `char`s or `&str`s (`checkStringExtend`), under whichever name
        // `extendCall` gave the argument.
        return method(.textMethod("extend"), .mutableReference, [], .unit)
      }
      switch name {
      case "into" where intoStringArguments.contains(.string):
        return method(.textInto, .value, [], .string)
      case "into":
        // `s.into()`: the `String` itself (moved, its buffer kept), or moved into a
        // `Box<dyn Error>`, as the rest settles it (`settleTextIntos`).
        let made = table.fresh()
        pendingTextIntos.append((made, methodNameBeingChecked?.name ?? .unknown))
        return method(.textInto, .value, [], made)
      case "push": return method(.stringPush, .mutableReference, [.char], .unit)
      case "make_ascii_uppercase", "make_ascii_lowercase":
        return method(.textMethod(name), .mutableReference, [], .unit)
      case "push_str": return method(.stringPushStr, .mutableReference, [strRef], .unit)
      case "capacity": return method(.stringCapacity, .reference, [], .usize)
      case "clear": return method(.stringClear, .mutableReference, [], .unit)
      case "truncate": return method(.stringTruncate, .mutableReference, [.usize], .unit)
      case "pop": return method(.stringPop, .mutableReference, [], .option(.char))
      case "reserve": return method(.stringReserve, .mutableReference, [.usize], .unit)
      case "shrink_to_fit": return method(.stringShrinkToFit, .mutableReference, [], .unit)
      case "insert": return method(.stringInsert, .mutableReference, [.usize, .char], .unit)
      case "remove": return method(.stringRemove, .mutableReference, [.usize], .char)
      case "as_str": return method(.stringAsStr, .reference, [], strRef)
      case "into_bytes":
        // The same buffer, now a `Vec<u8>`'s (`Interpreter+Utf8Conversions`).
        return method(.textMethod("String::into_bytes"), .value, [], .vec(.u8))
      case "into_boxed_str", "split_off", "drain", "retain":
        return nil
      default: return nil
      }
    case .str:
      switch name {
      case "len": return method(.strLength, .reference, [], .usize)
      case "is_empty": return method(.strIsEmpty, .reference, [], .bool)
      case "to_string", "to_owned": return method(.strToString, .reference, [], .string)
      case "as_ptr": return method(.strAsPointer, .reference, [], .reference(.u8, mutable: false))
      case "contains": return method(.strContains, .reference, [charPatternArgument ? .char : strRef], .bool)
      case "starts_with":
        return method(.strStartsWith, .reference, [charPatternArgument ? .char : strRef], .bool)
      case "ends_with": return method(.strEndsWith, .reference, [charPatternArgument ? .char : strRef], .bool)
      case "to_uppercase": return method(.strToUppercase, .reference, [], .string)
      case "to_lowercase": return method(.strToLowercase, .reference, [], .string)
      case "trim": return method(.strTrim, .reference, [], strRef)
      case "parse": return parseMethod(generics: generics)
      case "trim_start", "trim_end": return method(.textMethod(name), .reference, [], strRef)
      case "repeat": return method(.textMethod(name), .reference, [.usize], .string)
      case "find", "rfind":
        return method(.textMethod(name), .reference, [charPatternArgument ? .char : strRef], .option(.usize))
      case "split_once", "rsplit_once":
        return method(
          .textMethod(name), .reference, [charPatternArgument ? .char : strRef],
          .option(.tuple([strRef, strRef])))
      case "strip_prefix", "strip_suffix":
        return method(.textMethod(name), .reference, [charPatternArgument ? .char : strRef], .option(strRef))
      case "trim_start_matches", "trim_end_matches":
        return method(.textMethod(name), .reference, [charPatternArgument ? .char : strRef], strRef)
      case "trim_matches" where charPatternArgument:
        // With a `&str` pattern rustc refuses it (its searcher cannot run from both ends).
        return method(.textMethod(name), .reference, [.char], strRef)
      case "into" where intoStringArguments.contains(.reference(.str, mutable: false)):
        return method(.strToString, .reference, [], .string)
      case "into":
        // `Err("bad input".into())`: a `String` or a `Box<dyn Error>`, as the rest settles it.
        let made = table.fresh()
        pendingTextIntos.append((made, methodNameBeingChecked?.name ?? .unknown))
        return method(.textInto, .reference, [], made)
      case "replace" where !charPatternArgument:
        return method(.textMethod(name), .reference, [strRef, strRef], .string)
      case "chars":
        return method(
          .strChars, .reference, [], .iterator(.chars, item: .char, enumerated: false, reversed: false))
      case "char_indices":
        return method(.libraryIterator("make"), .reference, [], .library(.charIndices, .unit))
      case "bytes":
        return method(
          .strBytes, .reference, [], .iterator(.bytes, item: .u8, enumerated: false, reversed: false))
      default: return nil
      }
    case .vec(let element):
      switch name {
      case "push": return method(.vecPush, .mutableReference, [element], .unit)
      case "extend" where writtenExtendSource == nil:
        // A source `extendCall` did not name: an adapter chain (`checkVecExtend`).
        return method(.sliceMethod("(extend chain)"), .mutableReference, [], .unit)
      case "pop": return method(.vecPop, .mutableReference, [], .option(element))
      case "capacity": return method(.vecCapacity, .reference, [], .usize)
      case "insert": return method(.vecInsert, .mutableReference, [.usize, element], .unit)
      case "remove": return method(.vecRemove, .mutableReference, [.usize], element)
      case "swap_remove": return method(.vecSwapRemove, .mutableReference, [.usize], element)
      case "clear": return method(.vecClear, .mutableReference, [], .unit)
      case "reserve": return method(.vecReserve, .mutableReference, [.usize], .unit)
      case "reserve_exact": return method(.vecReserveExact, .mutableReference, [.usize], .unit)
      case "shrink_to_fit": return method(.vecShrinkToFit, .mutableReference, [], .unit)
      case "truncate": return method(.vecTruncate, .mutableReference, [.usize], .unit)
      case "split_off": return method(.vecSplitOff, .mutableReference, [.usize], type)
      case "append" where isPlainData(element):
        return method(.vecAppend, .mutableReference, [.reference(type, mutable: true)], .unit)
      case "as_slice": return method(.vecAsSlice, .reference, [], .reference(.slice(element), mutable: false))
      case "as_mut_slice":
        return method(.vecAsMutSlice, .mutableReference, [], .reference(.slice(element), mutable: true))
      case "extend_from_slice":
        return method(
          .vecExtendFromSlice, .mutableReference, [.reference(.slice(element), mutable: false)], .unit)
      case "(drain)":
        // `v.drain(a..b)` as `(start, end, end given, end inclusive)` (`Checker+LibraryIterators`).
        guard !mayBeZeroSized(element) else { return nil }
        return method(
          .libraryIterator("drain"), .mutableReference, [.usize, .usize, .bool, .bool],
          .library(.drain, element))
      case "into_iter":
        return method(
          .vecIntoIterator, .value, [],
          .iterator(.vecOwned, item: element, enumerated: false, reversed: false))
      default: return nil
      }
    case .slice(let element):
      switch name {
      case "len": return method(.sliceLength, .reference, [], .usize)
      case "is_empty": return method(.sliceIsEmpty, .reference, [], .bool)
      case "get": return method(.sliceGet, .reference, [.usize], .option(.reference(element, mutable: false)))
      case "first": return method(.sliceFirst, .reference, [], .option(.reference(element, mutable: false)))
      case "last": return method(.sliceLast, .reference, [], .option(.reference(element, mutable: false)))
      case "get_mut":
        return method(.sliceGet, .mutableReference, [.usize], .option(.reference(element, mutable: true)))
      case "first_mut":
        return method(.sliceFirst, .mutableReference, [], .option(.reference(element, mutable: true)))
      case "last_mut":
        return method(.sliceLast, .mutableReference, [], .option(.reference(element, mutable: true)))
      case "contains":
        return method(.sliceContains, .reference, [.reference(element, mutable: false)], .bool)
      case "as_ptr": return method(.sliceAsPointer, .reference, [], .reference(element, mutable: false))
      case "iter":
        return method(
          .sliceIterator, .reference, [],
          .iterator(
            .sliceShared, item: .reference(element, mutable: false), enumerated: false, reversed: false))
      case "iter_mut":
        return method(
          .sliceMutableIterator, .mutableReference, [],
          .iterator(
            .sliceMutable, item: .reference(element, mutable: true), enumerated: false, reversed: false))
      case "to_vec":
        return isCloneMadeHere(element) ? method(.sliceToVec, .reference, [], .vec(element)) : nil
      case "swap": return method(.sliceSwap, .mutableReference, [.usize, .usize], .unit)
      case "rotate_left", "rotate_right":
        return method(.sliceMethod(name), .mutableReference, [.usize], .unit)
      case "fill" where isCopy(element):
        return method(.sliceMethod(name), .mutableReference, [element], .unit)
      case "reverse": return method(.sliceReverse, .mutableReference, [], .unit)
      case "binary_search":
        guard isTotallyOrdered(element) else { return nil }
        return method(
          .sliceMethod(name), .reference, [.reference(element, mutable: false)], .result(.usize, .usize))
      case "sort", "sort_unstable":
        switch table.shallow(element) {
        case .integer, .char, .bool: return method(.sliceMethod(name), .mutableReference, [], .unit)
        case .variable where table.kind(of: element) == .integer:
          return method(.sliceMethod(name), .mutableReference, [], .unit)
        default:
          return isTotallyOrdered(element) ? method(.sliceMethod(name), .mutableReference, [], .unit) : nil
        }
      default: return nil
      }
    case .array(let element, _):
      if name == "into_iter" {
        return method(
          .vecIntoIterator, .value, [],
          .iterator(.arrayOwned, item: element, enumerated: false, reversed: false))
      }
      return nil
    case .result(let value, let error):
      return resultMethod(name, value: value, error: error)
    case .hashMap(let key, let value, let set, let ordered):
      if ordered { return treeMapMethod(name, key: key, value: value, set: set) }
      return hashTableMethod(name, key: key, value: value, set: set)
    case .option(let inner):
      switch name {
      case "is_some": return method(.optionIsSome, .reference, [], .bool)
      case "is_none": return method(.optionIsNone, .reference, [], .bool)
      case "ok_or": return optionOkOr(inner)
      case "unwrap": return method(.optionUnwrap, .value, [], inner)
      case "expect": return method(.optionExpect, .value, [strRef], inner)
      case "unwrap_or": return method(.optionUnwrapOr, .value, [inner], inner)
      case "take": return method(.optionTake, .mutableReference, [], .option(inner))
      case "replace": return method(.optionMethod(name), .mutableReference, [inner], .option(inner))
      case "get_or_insert":
        return method(.optionMethod(name), .mutableReference, [inner], .reference(inner, mutable: true))
      case "xor", "or": return method(.optionMethod(name), .value, [.option(inner)], .option(inner))
      case "zip":
        let other = table.fresh()
        return method(.optionMethod(name), .value, [.option(other)], .option(.tuple([inner, other])))
      case "copied", "cloned":
        guard case .reference(let target, _) = table.shallow(inner), name == "cloned" || isCopy(target) else {
          return nil
        }
        return method(.optionCopied, .value, [], .option(target))
      case "as_ref":
        return method(.optionAsReference, .reference, [], .option(.reference(inner, mutable: false)))
      case "as_mut":
        return method(.optionAsReference, .mutableReference, [], .option(.reference(inner, mutable: true)))
      case "as_deref", "as_deref_mut":
        // `Option<String>` → `Option<&str>`, `Option<Vec<T>>` → `Option<&[T]>`, `Option<Box<T>>` → `Option<&T>`.
        let mutable = name == "as_deref_mut"
        let target: TypeTerm
        switch table.shallow(inner) {
        case .string: target = .str
        case .vec(let element): target = .slice(element)
        case .box(let boxed): target = boxed
        case .reference(let referent, _) where !mutable: target = referent
        default: return nil
        }
        return method(
          .optionMethod(name), mutable ? .mutableReference : .reference, [],
          .option(.reference(target, mutable: mutable)))
      default: return nil
      }
    case .integer(let kind):
      return integerMethod(kind: kind, type: type, name)
    case .variable where table.kind(of: type) == .integer:
      // `{integer}.pow(2)` is ambiguous in rustc too (E0689). `Ord::min`/`max` keep the
      // variable, which a later use may still fix (`&v[..n.min(4)]` makes it `usize`).
      if name == "max" || name == "min" { return integerMethod(kind: .i32, type: type, name) }
      // Other trait methods fall back to i32.
      guard ["max", "min", "clone", "to_string", "cmp", "partial_cmp"].contains(name), table.unify(type, .i32)
      else { return nil }
      return libraryMethod(on: .i32, name, generics: generics)
    case .float(let kind):
      let t = TypeTerm.float(kind)
      switch name {
      case "sqrt", "abs", "floor", "ceil", "round", "trunc", "signum", "exp", "ln", "sin", "cos", "tan",
        "fract", "cbrt", "log10", "log2", "recip", "to_degrees", "to_radians", "asin", "acos", "atan":
        return method(.floatMethod(name), .value, [], t)
      case "powi": return method(.floatMethod(name), .value, [.i32], t)
      case "powf", "min", "max", "hypot", "atan2": return method(.floatMethod(name), .value, [t], t)
      case "is_nan", "is_finite", "is_infinite", "is_sign_negative", "is_sign_positive":
        return method(.floatMethod(name), .value, [], .bool)
      case "to_string": return method(.displayToString, .reference, [], .string)
      default: return nil
      }
    case .char:
      switch name {
      case "is_alphabetic", "is_numeric", "is_alphanumeric", "is_whitespace", "is_uppercase", "is_lowercase",
        "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_uppercase", "is_ascii_lowercase",
        "is_ascii_punctuation", "is_ascii_alphanumeric", "is_ascii_whitespace",
        "is_ascii":
        return method(.charMethod(name), .value, [], .bool)
      case "to_ascii_uppercase", "to_ascii_lowercase": return method(.charMethod(name), .value, [], .char)
      case "len_utf8": return method(.charMethod(name), .value, [], .usize)
      case "to_digit": return method(.charMethod(name), .value, [.integer(.u32)], .option(.integer(.u32)))
      case "to_string": return method(.displayToString, .reference, [], .string)
      default: return nil
      }
    case .bool:
      if name == "to_string" { return method(.displayToString, .reference, [], .string) }
      if name == "then_some" { return nil }
      return nil
    case .range(let element, let inclusive):
      if name == "next" || name == "next_back", isIntegerLike(element) {
        // `r.next()`, `r.next_back()` on a range kept in a variable: its `start` moves on, or
        // its `end` back. (A `RangeInclusive` giving its last item sets an `exhausted` flag
        // memtutor does not model: the run stops there.)
        return LibraryMethod(
          builtin: .libraryIterator(name), selfMode: .mutableReference, parameters: [],
          result: .option(element))
      }
      // A range is its own iterator: `(0..3).rev()`, `(1..=5).sum()`.
      guard isIntegerLike(element) || table.kind(of: element) == .general || table.shallow(element) == .char
      else { return nil }
      if table.kind(of: element) == .general { _ = table.unify(element, table.fresh(.integer)) }
      return libraryMethod(
        on: .iterator(.range, item: element, enumerated: false, reversed: false), name, generics: generics)
    case .iterator(let kind, let item, let enumerated, let reversed):
      let produced: TypeTerm = enumerated ? .tuple([.usize, item]) : item
      switch name {
      case "enumerate":
        guard !enumerated else { return nil }
        return method(.clone, .value, [], .iterator(kind, item: item, enumerated: true, reversed: reversed))
      case "rev":
        guard kind != .chars || !enumerated, !enumerated else { return nil }
        if case .pieces(let rule) = kind, !rule.isDoubleEnded { return nil }
        if kind.isHashOwned { return nil }
        return method(
          .clone, .value, [], .iterator(kind, item: item, enumerated: enumerated, reversed: !reversed))
      case "count": return method(.iteratorCount, .value, [], .usize)
      case "sum":
        var numeric = produced
        if case .reference(let inner, _) = table.shallow(produced) { numeric = inner }
        if let explicit = generics.first.map({ resolveType($0, selfType: currentOwner) }) {
          _ = table.unify(explicit, numeric)
        }
        guard isNumeric(numeric) else { return nil }
        return method(.iteratorSum, .value, [], numeric)
      case "max", "min":
        return method(name == "max" ? .iteratorMax : .iteratorMin, .value, [], .option(produced))
      case "collect":
        var element = produced
        if let explicit = generics.first.map({ resolveType($0, selfType: currentOwner) }) {
          guard case .vec(let wanted) = table.shallow(explicit), table.unify(wanted, produced) else {
            return nil
          }
          element = wanted
        }
        return method(.iteratorCollectVec, .value, [], .vec(element))
      default: return nil
      }
    default:
      return nil
    }
  }

  private static let asciiByteMethods: Set<String> = [
    "is_ascii", "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_alphanumeric", "is_ascii_uppercase",
    "is_ascii_lowercase", "is_ascii_punctuation", "is_ascii_whitespace", "to_ascii_uppercase",
    "to_ascii_lowercase",
  ]

  private func integerMethod(kind: RustType.IntegerKind, type: TypeTerm, _ name: String) -> LibraryMethod? {
    func method(_ parameters: [TypeTerm], _ result: TypeTerm) -> LibraryMethod {
      LibraryMethod(builtin: .integerMethod(name), selfMode: .value, parameters: parameters, result: result)
    }
    if kind == .u8, Self.asciiByteMethods.contains(name) {
      // `b.is_ascii_digit()` on a byte: the `char` method on the byte's code point.
      let result: TypeTerm = name.hasPrefix("to_") ? type : .bool
      return LibraryMethod(builtin: .charMethod(name), selfMode: .value, parameters: [], result: result)
    }
    switch name {
    case "abs", "signum":
      return kind.isSigned ? method([], type) : nil
    case "pow", "wrapping_pow", "checked_pow", "saturating_pow":
      let result: TypeTerm = name == "checked_pow" ? .option(type) : type
      return method([.integer(.u32)], result)
    case "min", "max", "wrapping_add", "wrapping_sub", "wrapping_mul", "saturating_add", "saturating_sub",
      "saturating_mul", "rem_euclid", "abs_diff", "div_euclid":
      return method([type], name == "abs_diff" ? .integer(unsignedCounterpart(kind)) : type)
    case "checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem":
      return method([type], .option(type))
    case "overflowing_add", "overflowing_sub", "overflowing_mul":
      return method([type], .tuple([type, .bool]))
    case "count_ones", "count_zeros", "leading_zeros", "trailing_zeros":
      return method([], .integer(.u32))
    case "is_positive", "is_negative":
      return kind.isSigned ? method([], .bool) : nil
    case "is_power_of_two":
      return kind.isSigned ? nil : method([], .bool)
    case "to_string":
      return LibraryMethod(builtin: .displayToString, selfMode: .reference, parameters: [], result: .string)
    default:
      return integerBitMethod(kind: kind, type: type, name)
    }
  }
}
