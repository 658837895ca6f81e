/// The modelled process address space: where the binary's read-only data, its writable
/// statics, the heap, mmap regions and the main thread's stack lie.
///
/// Real addresses change with every run (ASLR). memtutor uses the layout a real Rust program
/// gets on x86_64 Linux with ASLR switched off (`setarch -R`), which is fixed, so traces are
/// reproducible: literals in the PIE binary at `0x5555_5556_…`, the brk heap right above the
/// binary at `0x5555_555d_…`, large blocks mmapped at `0x7fff_f7…` and the stack just below
/// `0x7fff_ffff_f000`. The screen labels these addresses a model.
package struct AddressSpace: Sendable, Equatable {
  /// Where the PIE binary is mapped (its first, read-only segment: headers and `.rodata`).
  package var binaryBase: UInt64 = 0x5555_5555_4000
  /// Where string literals and immutable statics start inside `.rodata`.
  package var rodataBase: UInt64 = 0x5555_5556_2000
  /// The start of the executable segment; return addresses point into it.
  package var codeBase: UInt64 = 0x5555_5556_a000
  /// Where `static mut` items start (the `rw-p` segment).
  package var dataBase: UInt64 = 0x5555_555d_8000
  /// The user pointer of the first block the brk heap hands out (the heap starts at
  /// `0x5555_555d_a000`; glibc's tcache bookkeeping takes the first 0x290 bytes).
  package var heapBase: UInt64 = 0x5555_555d_a2a0
  /// mmap regions are placed downwards from here (below the shared libraries).
  package var mmapTop: UInt64 = 0x7fff_f7db_2000
  /// The end (highest address) of the main thread's stack mapping.
  package var stackRegionEnd: UInt64 = 0x7fff_ffff_f000
  /// Bytes above main's frame already in use when main starts: environment, argv, auxv
  /// and the runtime's own frames (about 4 KiB, FACTS §5).
  package var stackInUseBeforeMain: UInt64 = 0x1000

  /// Literals and statics placed so far, in placement order.
  package private(set) var statics: [StaticItem] = []
  private var rodataCursor: UInt64?
  private var dataCursor: UInt64?
  private var literalIndex: [String: Int] = [:]

  package static let standard = AddressSpace()

  /// The top of main's frame: the stack grows down from here.
  package var stackTop: UInt64 { stackRegionEnd - stackInUseBeforeMain }

  /// The lowest address the stack may reach with a limit of `limit` bytes (8 MiB by
  /// default); a frame whose bottom would lie below it overflows.
  package func stackLimitAddress(limit: Int) -> UInt64 {
    let bytes = UInt64(max(0, limit))
    return bytes >= stackRegionEnd ? 0 : stackRegionEnd - bytes
  }

  /// The address of a string literal's bytes in `.rodata`. Each distinct literal is placed
  /// once, when first seen, right after the previous one (rustc emits literals unaligned and
  /// back to back); asking again for the same text gives the same address.
  package mutating func literalAddress(_ text: String, line: Int = 0) -> UInt64 {
    if let index = literalIndex[text] { return statics[index].address }
    let address = rodataCursor ?? rodataBase
    let bytes = Array(text.utf8)
    rodataCursor = address + UInt64(bytes.count)
    literalIndex[text] = statics.count
    statics.append(StaticItem(address: address, bytes: bytes, section: .rodata, label: text, line: line))
    return address
  }

  /// The address of a `static` item: immutable statics live in `.rodata`, `static mut` in `.data`.
  package mutating func staticAddress(
    name: String, bytes: [UInt8], alignment: Int, mutable: Bool, line: Int = 0
  ) -> UInt64 {
    let align = UInt64(max(1, alignment))
    let cursor = mutable ? (dataCursor ?? dataBase) : (rodataCursor ?? rodataBase)
    let address = (cursor + align - 1) / align * align
    let end = address + UInt64(bytes.count)
    if mutable { dataCursor = end } else { rodataCursor = end }
    statics.append(
      StaticItem(
        address: address, bytes: bytes, section: mutable ? .data : .rodata, label: name, line: line))
    return address
  }

  /// A plausible return address inside the caller's code: each function gets 4 KiB of
  /// `.text` in declaration order and each call site a distinct offset by its line.
  package func returnAddress(callerIndex: Int, callLine: Int) -> UInt64 {
    codeBase + UInt64(max(0, callerIndex)) * 0x1000 + UInt64(max(0, callLine) % 0x100) * 0x10 + 0x5
  }

  package init(
    binaryBase: UInt64 = 0x5555_5555_4000, rodataBase: UInt64 = 0x5555_5556_2000,
    codeBase: UInt64 = 0x5555_5556_a000, dataBase: UInt64 = 0x5555_555d_8000,
    heapBase: UInt64 = 0x5555_555d_a2a0, mmapTop: UInt64 = 0x7fff_f7db_2000,
    stackRegionEnd: UInt64 = 0x7fff_ffff_f000, stackInUseBeforeMain: UInt64 = 0x1000
  ) {
    self.binaryBase = binaryBase
    self.rodataBase = rodataBase
    self.codeBase = codeBase
    self.dataBase = dataBase
    self.heapBase = heapBase
    self.mmapTop = mmapTop
    self.stackRegionEnd = stackRegionEnd
    self.stackInUseBeforeMain = stackInUseBeforeMain
  }
}
