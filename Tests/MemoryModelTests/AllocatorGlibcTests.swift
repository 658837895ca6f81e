import Foundation
import MemoryModel
import TestSupport
import Testing

/// Runs random malloc/realloc/free scripts through the model and through the real glibc and
/// compares where each block lands relative to the first one.
@Suite struct AllocatorGlibcTests {
  enum Operation: Sendable {
    case allocate(slot: Int, size: Int)
    case reallocate(slot: Int, size: Int)
    case free(slot: Int)

    var argument: String {
      switch self {
      case .allocate(let slot, let size): "m\(slot):\(size)"
      case .reallocate(let slot, let size): "r\(slot):\(size)"
      case .free(let slot): "f\(slot)"
      }
    }
  }

  /// Runs the script in `main` after emptying the tcache and using up every free chunk
  /// outside the top (chunks the runtime freed before `main`), then prints the top's size and
  /// each block's offset from the first fresh block.
  static let runner = """
    #[repr(C)] #[derive(Default)] struct MallInfo2 { arena: usize, ordblks: usize, smblks: usize, hblks: usize, hblkhd: usize, usmblks: usize, fsmblks: usize, uordblks: usize, fordblks: usize, keepcost: usize }
    unsafe extern "C" { fn malloc(n: usize) -> *mut u8; fn free(p: *mut u8); fn realloc(p: *mut u8, n: usize) -> *mut u8; fn mallinfo2() -> MallInfo2; }
    fn main() { unsafe {
        let ops: Vec<(u8, usize, usize)> = std::env::args().skip(1).map(|op| {
            let (kind, rest) = op.split_at(1);
            let mut it = rest.split(':');
            let slot: usize = it.next().unwrap().parse().unwrap();
            let size: usize = it.next().map(|s| s.parse().unwrap()).unwrap_or(0);
            (kind.as_bytes()[0], slot, size)
        }).collect();
        let mut results: Vec<(usize, bool)> = Vec::with_capacity(ops.len());
        // Empty the tcache, then use up every free chunk outside the top.
        for n in (8..=1032).step_by(16) { for _ in 0..7 { std::hint::black_box(malloc(n)); } }
        let mut spins = 0;
        loop { let info = mallinfo2(); if info.fordblks == info.keepcost && info.smblks == 0 { break; } std::hint::black_box(malloc(8)); spins += 1; if spins > 100000 { break; } }
        let top = mallinfo2().keepcost;
        let base = malloc(8) as usize;
        let mut slots = [std::ptr::null_mut::<u8>(); 64];
        for &(kind, slot, size) in &ops {
            match kind {
                b'm' => { slots[slot] = malloc(size); }
                b'r' => { slots[slot] = realloc(slots[slot], size); }
                _ => { free(slots[slot]); slots[slot] = std::ptr::null_mut(); continue; }
            }
            let p = slots[slot] as usize;
            results.push((p, (*((p - 8) as *const usize)) & 2 != 0));
        }
        let text: Vec<String> = results.iter().map(|&(p, mapped)| if mapped { "mmap".to_string() } else { format!("{}", p as i64 - base as i64) }).collect();
        println!("{} {}", top, text.join(" "));
    }}
    """

  static func model(_ operations: [Operation], topChunkSize: UInt64? = nil) -> String {
    var allocator = Allocator(topChunkSize: topChunkSize)
    let base = allocator.allocate(size: 8, alignment: 8)
    var slots: [Int: (address: UInt64, size: Int)] = [:]
    var results: [String] = []
    for operation in operations {
      let address: UInt64
      switch operation {
      case .allocate(let slot, let size):
        address = allocator.allocate(size: size, alignment: 8)
        slots[slot] = (address, size)
      case .reallocate(let slot, let size):
        guard let block = slots[slot] else { continue }
        address =
          allocator.reallocate(address: block.address, oldSize: block.size, newSize: size, alignment: 8)
          .address
        slots[slot] = (address, size)
      case .free(let slot):
        if let block = slots.removeValue(forKey: slot) { allocator.free(address: block.address) }
        continue
      }
      results.append(allocator.isMapped(address: address) ? "mmap" : String(Int64(address) - Int64(base)))
    }
    return results.joined(separator: " ")
  }

  /// A script of `length` operations. `typical` scripts look like lesson programs (mostly
  /// small blocks, some up to a few KiB); the others add blocks of 100–300 KiB.
  static func randomScript(seed: UInt64, length: Int, typical: Bool = false) -> [Operation] {
    var state = seed
    func next(_ bound: Int) -> Int {
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    func size() -> Int {
      switch next(20) {
      case 0..<12: 1 + next(120)
      case 12..<17: 100 + next(1000)
      case 17..<19 where typical: 1000 + next(3000)
      case 17..<19: 1000 + next(6000)
      default: typical ? 1 + next(64) : 100_000 + next(200_000)
      }
    }
    var live: [Int] = []
    var operations: [Operation] = []
    var nextSlot = 0
    while operations.count < length {
      let choice = next(10)
      if live.isEmpty || (choice < 4 && nextSlot < 64) {
        operations.append(.allocate(slot: nextSlot, size: size()))
        live.append(nextSlot)
        nextSlot += 1
      } else if choice < 7 {
        operations.append(.reallocate(slot: live[next(live.count)], size: size()))
      } else {
        let slot = live.remove(at: next(live.count))
        operations.append(.free(slot: slot))
      }
    }
    return operations
  }

  @Test func theExampleScriptMatchesGlibc() {
    // Measured with glibc 2.36 (this suite's runner): tcache reuse, realloc moving past a
    // used neighbour, growing in place at the top, shrinking in place, top merging.
    let script: [Operation] = [
      .allocate(slot: 0, size: 24), .allocate(slot: 1, size: 24), .free(slot: 0),
      .allocate(slot: 2, size: 40),
      .allocate(slot: 3, size: 24), .allocate(slot: 4, size: 16), .allocate(slot: 5, size: 100),
      .reallocate(slot: 4, size: 32), .reallocate(slot: 4, size: 64), .reallocate(slot: 4, size: 128),
      .allocate(slot: 6, size: 16), .reallocate(slot: 4, size: 4), .allocate(slot: 7, size: 100),
      .free(slot: 5),
      .free(slot: 7), .allocate(slot: 8, size: 2000), .free(slot: 8), .allocate(slot: 9, size: 1500),
      .allocate(slot: 10, size: 300_000),
    ]
    #expect(Self.model(script) == "32 64 96 32 144 176 288 288 288 144 288 320 432 432 mmap")
  }

  private func compareWithGlibc(seeds: ClosedRange<UInt64>, typical: Bool) throws -> [String] {
    let binary = try RustcCrossCheck.build(Self.runner, name: "heap-script-\(typical)")
    defer { RustcCrossCheck.remove(binary) }
    var mismatches: [String] = []
    for seed in seeds {
      let script = Self.randomScript(seed: seed, length: 60, typical: typical)
      let real = try RustcCrossCheck.execute(binary, arguments: script.map(\.argument))
        .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1).map(String.init)
      guard real.count == 2, let top = UInt64(real[0]) else {
        mismatches.append("seed \(seed): unexpected output \(real)")
        continue
      }
      let model = Self.model(script, topChunkSize: top)
      if model != real[1] {
        mismatches.append(
          "seed \(seed), top \(top): \(script.map(\.argument).joined(separator: " "))\nmodel: \(model)\nglibc: \(real[1])"
        )
      }
    }
    return mismatches
  }

  @Test(
    "lesson-like scripts place every block where glibc does",
    .enabled(if: RustcCrossCheck.isAvailable, "rustc not installed"))
  func typicalScriptsMatchGlibc() throws {
    let mismatches = try compareWithGlibc(seeds: 1...150, typical: true)
    #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
  }

  @Test(
    "scripts with blocks of hundreds of KiB place every block where glibc does",
    .enabled(if: RustcCrossCheck.isAvailable, "rustc not installed"))
  func largeScriptsMatchGlibc() throws {
    let mismatches = try compareWithGlibc(seeds: 1...150, typical: false)
    #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
  }
}
