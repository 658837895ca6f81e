/// The message a what-if run stops with when it reads memory that is no longer the
/// program's, and the address read back out of it: the stop event carries only text, and the
/// screen marks the slot whose pointer led there.
package enum WhatIfFault {
  private static let addressPrefix = " at 0x"

  /// `what if: line 7 reads freed heap memory (…) at 0x5555555da2a0; a real program …`
  package static func message(line: some BinaryInteger, lost: String, address: UInt64) -> String {
    "what if: line \(line) reads \(lost)\(addressPrefix)" + String(address, radix: 16)
      + "; a real program could read anything there, which is why rustc refuses this one\n"
  }

  /// The address a what-if stop message names, or nil for any other stop.
  package static func address(in reason: String) -> UInt64? {
    guard reason.hasPrefix("what if: line ") else { return nil }
    // The first " at 0x" after the line number (no Foundation here: split on it by hand).
    let marker = Array(addressPrefix)
    let characters = Array(reason)
    guard characters.count > marker.count else { return nil }
    for start in 0...(characters.count - marker.count)
    where Array(characters[start..<start + marker.count]) == marker {
      let digits = characters[(start + marker.count)...].prefix { $0.isHexDigit }
      return UInt64(String(digits), radix: 16)
    }
    return nil
  }
}
